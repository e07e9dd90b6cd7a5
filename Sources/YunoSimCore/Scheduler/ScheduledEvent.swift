/// One event of a scenario: what to send, when, and how often.
///
/// With `repeatCount` above 1 it stands for that many instances, sent `repeatEvery` apart;
/// each instance has its own retries and outcome.
public struct ScheduledEvent: Sendable, Hashable {
    /// The scenario's name for the event; expectations refer to it.
    public var id: String
    /// Its `type_event`.
    public var event: EventName
    /// When its first instance is first tried: a virtual offset after the scenario start.
    public var at: Duration
    /// How many instances to send; at least 1.
    public var repeatCount: Int
    /// Virtual time between consecutive instances' first tries.
    public var repeatEvery: Duration
    /// The catalogue variant to render, if any. The scheduler only passes it along.
    public var variant: String?

    public init(
        id: String,
        event: EventName,
        at: Duration = .zero,
        repeatCount: Int = 1,
        repeatEvery: Duration = .zero,
        variant: String? = nil
    ) throws(InputError) {
        guard !id.isEmpty else { throw InputError("an event needs a non-empty id") }
        guard at >= .zero else { throw InputError("event '\(id)': `at` must not be negative, not \(at.notation)") }
        guard repeatCount >= 1 else { throw InputError("event '\(id)': repeat count must be at least 1, not \(repeatCount)") }
        guard repeatEvery >= .zero else {
            throw InputError("event '\(id)': repeat interval must not be negative, not \(repeatEvery.notation)")
        }
        self.id = id
        self.event = event
        self.at = at
        self.repeatCount = repeatCount
        self.repeatEvery = repeatEvery
        self.variant = variant
    }

    /// The virtual time of the first try of instance `repeatIndex` (0-based).
    public func firstTry(ofRepeat repeatIndex: Int) -> Duration {
        at + repeatEvery * repeatIndex
    }

    /// The identifier of instance `repeatIndex` in journals and reports: the event's `id`
    /// when it is not repeated, otherwise `id#n` with n counted from 1.
    public func instanceID(ofRepeat repeatIndex: Int) -> String {
        repeatCount == 1 ? id : "\(id)#\(repeatIndex + 1)"
    }
}
