import Foundation

/// What `yuno-sim check` probes and how; every field has a default.
public struct ConformanceConfiguration: Sendable {
    /// Which catalogue events the sweep delivers; nil for all of them.
    public var events: EventGlob?
    /// Deliveries in flight at once during the sweep.
    public var concurrency: Int
    /// Base of every instance seed; nil picks a random one, so a merchant's stored idempotency
    /// keys from an earlier check do not turn this one's deliveries into duplicates.
    public var seed: UInt64?
    /// The time bodies are rendered at; nil for now.
    public var time: Date?
    /// The schedule the checklist quotes when it says how Yuno would retry.
    public var schedule: RetrySchedule

    public init(events: EventGlob? = nil, concurrency: Int = 8, seed: UInt64? = nil, time: Date? = nil,
                schedule: RetrySchedule = .yuno) {
        self.events = events
        self.concurrency = concurrency
        self.seed = seed
        self.time = time
        self.schedule = schedule
    }
}
