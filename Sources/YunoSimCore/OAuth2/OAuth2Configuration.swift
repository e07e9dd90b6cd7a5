/// How deliveries to one endpoint get their OAuth2 bearer token: Yuno's `oauth2_*` fields plus
/// the simulator's choices where Yuno documents nothing (CONTRACT §3). Every field but the
/// credentials has a default.
public struct OAuth2Configuration: Sendable, Hashable {
    /// How the client id and secret travel on the token request.
    public enum ClientAuthentication: String, Sendable, Hashable, CaseIterable {
        /// `client_id` and `client_secret` as body fields (RFC 6749 §2.3.1, the default).
        case body
        /// An HTTP Basic `Authorization` header.
        case basic
    }

    /// The token request's body encoding.
    public enum RequestFormat: String, Sendable, Hashable, CaseIterable {
        /// `application/x-www-form-urlencoded` (RFC 6749 §4.4, the default).
        case form
        /// A JSON object with the same fields.
        case json
    }

    /// Which clock a token's `expires_in` is measured on.
    public enum TokenClock: String, Sendable, Hashable, CaseIterable {
        /// Wall-clock time (the default).
        case real
        /// The run's virtual time, so a compressed drill sees tokens expire between retries.
        case virtual
    }

    /// The merchant's token endpoint (`oauth2_authentication_url`). `nil` only in a scenario
    /// that runs the built-in merchant, whose `/oauth/token` is then used.
    public var authenticationURL: WebhookURL?
    public var clientID: String
    /// Never printed; see ``secretValues``.
    public var clientSecret: String
    public var grantType: String
    /// Sent only when set.
    public var scope: String?
    /// The delivery header that carries `Bearer <token>`.
    public var authorizationName: String
    /// Also send the client id as an `x-client-id` header on the token request.
    public var includeClientID: Bool
    public var clientAuthentication: ClientAuthentication
    public var requestFormat: RequestFormat
    /// A token is replaced this long before its `expires_in` runs out.
    public var refreshMargin: Duration
    public var tokenClock: TokenClock

    public init(
        authenticationURL: WebhookURL?,
        clientID: String,
        clientSecret: String,
        grantType: String = "client_credentials",
        scope: String? = nil,
        authorizationName: String = "Authorization",
        includeClientID: Bool = false,
        clientAuthentication: ClientAuthentication = .body,
        requestFormat: RequestFormat = .form,
        refreshMargin: Duration = .seconds(60),
        tokenClock: TokenClock = .real
    ) {
        self.authenticationURL = authenticationURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.grantType = grantType
        self.scope = scope
        self.authorizationName = authorizationName
        self.includeClientID = includeClientID
        self.clientAuthentication = clientAuthentication
        self.requestFormat = requestFormat
        self.refreshMargin = refreshMargin
        self.tokenClock = tokenClock
    }

    /// The header name used to send the client id when ``includeClientID`` is set.
    public static let clientIDHeader = "x-client-id"

    /// Why `name` cannot carry the token, or `nil`: it must be an RFC 9110 token (letters,
    /// digits and ``!#$%&'*+-.^_`|~``) and not a header a delivery already sends or HTTP uses.
    public static func problem(withAuthorizationName name: String) -> String? {
        let allowed = "!#$%&'*+-.^_`|~".unicodeScalars
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || allowed.contains($0)) }) else {
            return "must be an HTTP header name like Authorization, not '\(name)'"
        }
        let taken = ["content-type", "content-length", "host", "x-api-key", "x-secret", "x-hmac-signature",
                     "transfer-encoding", "connection", "expect", "te", "trailer", "upgrade", "keep-alive",
                     "proxy-connection"]
        guard !taken.contains(name.lowercased()) else {
            return "cannot be \(name): deliveries already send that header, or HTTP needs it"
        }
        return nil
    }

    /// Every secret value, for redaction.
    public var secretValues: [String] { [clientSecret] }
}
