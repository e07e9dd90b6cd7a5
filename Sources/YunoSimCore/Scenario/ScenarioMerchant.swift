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

    public init(failBelowRetry: Int = 0, status: Int = 200, delay: Duration = .zero) {
        self.failBelowRetry = failBelowRetry
        self.status = status
        self.delay = delay
    }
}
