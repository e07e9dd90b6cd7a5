import Foundation

/// What a body renderer needs to produce one attempt's bytes.
public struct BodyRenderContext: Sendable {
    /// Index of the ``ScheduledEvent`` in the run's list.
    public let scheduledIndex: Int
    /// 0-based repeat of that event.
    public let repeatIndex: Int
    /// Index of the instance across the whole run (stable: a good per-instance seed).
    public let instanceIndex: Int
    /// The `retry` field to render: 0 on the first try.
    public let retry: Int
    /// The virtual calendar date of sending.
    public let virtualTime: Date
}

/// Renders the body of one attempt. Called once per attempt, so bodies are never stored.
public typealias BodyRenderer = @Sendable (BodyRenderContext) -> [UInt8]

extension DeliveryRunner {
    /// A renderer of ``MinimalEnvelope`` bodies, one account per scheduled event.
    public static func minimalEnvelopes(for events: [ScheduledEvent]) -> BodyRenderer {
        let envelopes = events.map { MinimalEnvelope(event: $0.event) }
        return { context in envelopes[context.scheduledIndex].render(retry: context.retry) }
    }
}
