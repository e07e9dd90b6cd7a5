/// An access token from the merchant's token endpoint. Its value is a credential: it is only
/// ever sent in a header marked secret and never printed.
public struct OAuth2Token: Sendable, Hashable {
    public var accessToken: String
    /// `token_type` as answered (usually `Bearer`); deliveries always say `Bearer`, as Yuno does.
    public var tokenType: String?
    /// `expires_in`; `nil` when the answer has none, and the token is then kept until a 401.
    public var expiresIn: Duration?

    public init(accessToken: String, tokenType: String? = nil, expiresIn: Duration? = nil) {
        self.accessToken = accessToken
        self.tokenType = tokenType
        self.expiresIn = expiresIn
    }

    /// The token in a token endpoint's answer, or why there is none. Error details never
    /// quote the answer's body, which may hold a token.
    public init(response: TransportResponse) throws(DeliveryError) {
        if let error = response.error {
            throw .oauth2Token("token endpoint unreachable (\(error.shortName): \(error.detail))")
        }
        guard let status = response.status else {
            throw .oauth2Token("token endpoint sent no HTTP status")
        }
        guard status == 200 else {
            throw .oauth2Token("token endpoint answered HTTP \(status)")
        }
        guard case .object(let object)? = try? JSONParser.parse(response.bodyPrefix) else {
            throw .oauth2Token("token endpoint's answer is not a JSON object")
        }
        guard case .string(let token)? = object["access_token"], !token.isEmpty else {
            throw .oauth2Token("token endpoint's answer has no access_token")
        }
        if let problem = HTTPHeader.problem(withValue: token) {
            throw .oauth2Token("token endpoint's access_token \(problem)")
        }
        let seconds: Double? = switch object["expires_in"] {
        case .integer(let number)?: Double(number)
        case .double(let number)?: number
        case .string(let text)?: Double(text)
        default: nil
        }
        let tokenType: String? = if case .string(let type)? = object["token_type"] { type } else { nil }
        self.init(
            accessToken: token,
            tokenType: tokenType,
            // Anything beyond a century is as good as "never"; it also keeps the arithmetic in range.
            expiresIn: seconds.flatMap { $0.isFinite && $0 >= 0 ? Duration.milliseconds(Int64((min($0, 3.2e9) * 1_000).rounded())) : nil }
        )
    }
}
