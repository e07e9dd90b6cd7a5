import Foundation

/// What a probe works with: the deliverer for the merchant's endpoint, the selected events and
/// a seed of its own, so no two probes send the same payment.
public struct ProbeContext: Sendable {
    public let deliverer: WebhookDeliverer
    /// The catalogue events `--events` selected, in catalogue order; never empty.
    public let events: [CatalogueEntry]
    /// This probe's instance seed; `seed &+ 1` is the probe's too.
    public let seed: UInt64
    /// The time every body is rendered at.
    public let time: Date
    let explanation: AnswerExplanation
    /// How the sweep's genuine delivery of ``representativeEvent`` went; nil before the sweep.
    public var representativeDelivery: DeliveryAttemptResult?

    /// The event most probes send: the first one selected.
    public var representativeEvent: String { events.first?.name.typeEvent ?? "payment.purchase" }

    public var credentials: EndpointCredentials { deliverer.endpoint.credentials }

    /// The body of `event` for instance `seed` and attempt `retry`.
    public func body(_ event: String, seed: UInt64, retry: Int = 0, overrides: [BodyOverride] = []) throws(InputError) -> [UInt8] {
        try EventTemplate(event: event, overrides: overrides).render(instanceSeed: seed, retry: retry, time: time)
    }

    /// Renders, signs and sends `event` once.
    public func deliver(_ event: String, seed: UInt64, retry: Int = 0, overrides: [BodyOverride] = []) async throws(InputError)
        -> DeliveryAttemptResult
    {
        let bytes = try body(event, seed: seed, retry: retry, overrides: overrides)
        return await deliverer.deliver(body: bytes, retry: retry)
    }

    /// "answered HTTP 409" and the like.
    func reason(_ result: DeliveryAttemptResult, retry: Int = 0) -> String {
        explanation.reason(result, retry: retry)
    }

    /// What Yuno does after `result`, nil when received.
    func consequence(_ result: DeliveryAttemptResult, retry: Int = 0) -> String? {
        explanation.consequence(result, retry: retry)
    }
}
