/// The `endpoint:` section: the merchant's URL, its credentials and Yuno's acknowledgement
/// and timeout rules.
public struct ScenarioEndpoint: Sendable {
    /// The merchant's webhook; `nil` only when the scenario runs the built-in merchant.
    public var url: WebhookURL?
    /// `api_key`, `secret` and `hmac_secret`; secrets, see ``secretValues``.
    public var credentials: EndpointCredentials
    /// `accept: "200"` (default) or `"2xx"`.
    public var acknowledgement: Acknowledgement
    /// Real-time limits per attempt.
    public var timeouts: Endpoint.Timeouts
    /// `oauth2:`; its `authenticationURL` is `nil` when the built-in merchant's is meant.
    public var oauth2: OAuth2Configuration?

    public init(
        url: WebhookURL? = nil,
        credentials: EndpointCredentials = EndpointCredentials(),
        acknowledgement: Acknowledgement = .only200,
        timeouts: Endpoint.Timeouts = Endpoint.Timeouts(),
        oauth2: OAuth2Configuration? = nil
    ) {
        self.url = url
        self.credentials = credentials
        self.acknowledgement = acknowledgement
        self.timeouts = timeouts
        self.oauth2 = oauth2
    }

    /// The delivery endpoint at `url` (the built-in merchant's, or one from `--target`),
    /// or at the scenario's own URL when `url` is `nil`; `nil` when neither exists.
    ///
    /// - Parameter tokenURL: the built-in merchant's token endpoint, used when `oauth2` has
    ///   no `authentication_url` of its own.
    public func endpoint(url override: WebhookURL? = nil, tokenURL: WebhookURL? = nil) -> Endpoint? {
        guard let target = override ?? url else { return nil }
        var oauth2 = self.oauth2
        if oauth2?.authenticationURL == nil {
            oauth2?.authenticationURL = tokenURL
        }
        return Endpoint(url: target, credentials: credentials, acknowledgement: acknowledgement, timeouts: timeouts, oauth2: oauth2)
    }

    /// Every configured secret value, for redaction.
    public var secretValues: [String] { credentials.secretValues + (oauth2?.secretValues ?? []) }
}
