/// The static credentials a merchant configured for its webhook, each optional.
/// Named after Yuno's fields: `api_key`, `secret`, `hmac_secret`. An empty value means not
/// configured, for each of them alike: `hmac_secret: ''` sends no signature, rather than one
/// made with an empty key.
public struct EndpointCredentials: Sendable, Hashable {
    /// Sent as `x-api-key`.
    public var apiKey: String?
    /// Sent as `x-secret`.
    public var secret: String?
    /// Key of the `x-hmac-signature`; never sent itself.
    public var hmacSecret: String?

    public init(apiKey: String? = nil, secret: String? = nil, hmacSecret: String? = nil) {
        self.apiKey = apiKey?.isEmpty == true ? nil : apiKey
        self.secret = secret?.isEmpty == true ? nil : secret
        self.hmacSecret = hmacSecret?.isEmpty == true ? nil : hmacSecret
    }

    /// Every configured secret value, for redaction.
    public var secretValues: [String] { [apiKey, secret, hmacSecret].compactMap { $0 } }
}
