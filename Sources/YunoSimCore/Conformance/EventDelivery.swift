/// One catalogue event as the sweep delivered it.
public struct EventDelivery: Sendable {
    /// The catalogue name, e.g. `payment.purchase`.
    public let event: String
    public let result: DeliveryAttemptResult

    public init(event: String, result: DeliveryAttemptResult) {
        self.event = event
        self.result = result
    }

    /// Whether an answer time was measured: an HTTP answer arrived, or the window ran out.
    var hasLatency: Bool { result.response.status != nil || result.error?.kind == .timeout }
}
