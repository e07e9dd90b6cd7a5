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

    public init(
        url: WebhookURL? = nil,
        credentials: EndpointCredentials = EndpointCredentials(),
        acknowledgement: Acknowledgement = .only200,
        timeouts: Endpoint.Timeouts = Endpoint.Timeouts()
    ) {
        self.url = url
        self.credentials = credentials
        self.acknowledgement = acknowledgement
        self.timeouts = timeouts
    }

    /// The delivery endpoint at `url` (the built-in merchant's, or one from `--target`),
    /// or at the scenario's own URL when `url` is `nil`; `nil` when neither exists.
    public func endpoint(url override: WebhookURL? = nil) -> Endpoint? {
        guard let target = override ?? url else { return nil }
        return Endpoint(url: target, credentials: credentials, acknowledgement: acknowledgement, timeouts: timeouts)
    }

    /// Every configured secret value, for redaction.
    public var secretValues: [String] { credentials.secretValues }
}
