/// Where and how deliveries go: the merchant's URL, its credentials and Yuno's rules.
public struct Endpoint: Sendable {
    /// Absolute `http` or `https` URL of the merchant's webhook.
    public var url: WebhookURL
    public var credentials: EndpointCredentials
    /// Which answers count as received; Yuno counts only 200.
    public var acknowledgement: Acknowledgement
    /// Real-time limits; the first try and later retries have their own total.
    public var timeouts: Timeouts
    /// Fetch a bearer token for every delivery; `nil` sends none.
    public var oauth2: OAuth2Configuration?

    public init(
        url: WebhookURL,
        credentials: EndpointCredentials = EndpointCredentials(),
        acknowledgement: Acknowledgement = .only200,
        timeouts: Timeouts = Timeouts(),
        oauth2: OAuth2Configuration? = nil
    ) {
        self.url = url
        self.credentials = credentials
        self.acknowledgement = acknowledgement
        self.timeouts = timeouts
        self.oauth2 = oauth2
    }

    /// Every credential configured, for redaction.
    public var secretValues: [String] { credentials.secretValues + (oauth2?.secretValues ?? []) }

    /// Yuno's documented confirmation windows: 23 s for the first try, 7 s for each retry.
    public struct Timeouts: Sendable, Hashable {
        public var first: Duration
        public var retry: Duration
        public var connect: Duration

        public init(first: Duration = .seconds(23), retry: Duration = .seconds(7), connect: Duration = .seconds(5)) {
            self.first = first
            self.retry = retry
            self.connect = connect
        }

        /// The limits for the attempt that carries `retry` in its body.
        public func forAttempt(retry: Int) -> AttemptTimeouts {
            AttemptTimeouts(total: retry == 0 ? first : self.retry, connect: connect)
        }
    }
}
