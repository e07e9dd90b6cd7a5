/// The `merchant:` section: how the built-in reference merchant answers during this scenario.
/// It checks the endpoint's credentials.
public struct ScenarioMerchant: Sendable, Hashable {
    /// Deliveries whose body `retry` is below this get HTTP 500, so a drill recovers on
    /// attempt `failBelowRetry + 1`.
    public var failBelowRetry: Int
    /// The status answered to every other delivery.
    public var status: Int
    /// How long the merchant waits before answering (real time).
    public var delay: Duration
    /// Play the token endpoint too (`merchant.oauth2:`), with the endpoint's OAuth2 client id
    /// and secret, and require a valid bearer token on deliveries.
    public var oauth2: OAuth2?

    public init(failBelowRetry: Int = 0, status: Int = 200, delay: Duration = .zero, oauth2: OAuth2? = nil) {
        self.failBelowRetry = failBelowRetry
        self.status = status
        self.delay = delay
        self.oauth2 = oauth2
    }

    /// `merchant.oauth2:` settings.
    public struct OAuth2: Sendable, Hashable {
        /// `expires_in` of the tokens the merchant issues.
        public var tokenTTL: Duration

        public init(tokenTTL: Duration = .seconds(3_600)) {
            self.tokenTTL = tokenTTL
        }
    }
}
