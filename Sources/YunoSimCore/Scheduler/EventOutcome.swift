/// How one event instance ended.
public struct EventOutcome: Sendable {
    public enum State: Sendable, Hashable {
        /// Acknowledged on 1-based `attempt`, sent at virtual `offset` from the first try.
        case delivered(attempt: Int, offset: Duration)
        /// Every attempt of the schedule failed.
        case exhausted(attempts: Int)
        /// The run was cancelled after `attempts` attempts.
        case unfinished(attempts: Int)

        /// How an instance stands once its 1-based `attempt`, sent at virtual `offset` from the
        /// first try, completed `acknowledged` or not, on a schedule of `scheduleLength`
        /// attempts. The one rule `run`, its progress line and `report` all follow.
        public init(afterAttempt attempt: Int, acknowledged: Bool, offset: Duration, scheduleLength: Int) {
            self = acknowledged ? .delivered(attempt: attempt, offset: offset)
                : attempt >= scheduleLength ? .exhausted(attempts: attempt) : .unfinished(attempts: attempt)
        }
    }

    /// The ``ScheduledEvent/id`` this is an instance of.
    public let eventID: String
    /// The event's `type_event`.
    public let event: EventName
    /// Index of the ``ScheduledEvent`` in the run's list.
    public let scheduledIndex: Int
    /// 0-based repeat of that event.
    public let repeatIndex: Int
    private let isRepeated: Bool
    public internal(set) var state: State = .unfinished(attempts: 0)
    /// The first attempt, kept inline: most events end on it, and a run of 100,000 then makes
    /// and frees no array per event.
    private var firstAttempt: AttemptSummary?
    private var laterAttempts: [AttemptSummary] = []

    init(event: ScheduledEvent, scheduledIndex: Int, repeatIndex: Int) {
        self.eventID = event.id
        self.event = event.event
        self.scheduledIndex = scheduledIndex
        self.repeatIndex = repeatIndex
        self.isRepeated = event.repeatCount > 1
    }

    /// The instance's name in journals and reports: `id`, or `id#n` for repeats (n from 1).
    public var instanceID: String { isRepeated ? "\(eventID)#\(repeatIndex + 1)" : eventID }

    /// Every attempt in order, when ``RunConfiguration/keepsTimelines`` is on.
    public var timeline: [AttemptSummary] {
        guard let firstAttempt else { return [] }
        return [firstAttempt] + laterAttempts
    }

    /// The last attempt of ``timeline``.
    public var lastAttempt: AttemptSummary? { laterAttempts.last ?? firstAttempt }

    /// Adds `attempt` to the end of ``timeline``.
    mutating func appendToTimeline(_ attempt: AttemptSummary) {
        if firstAttempt == nil {
            firstAttempt = attempt
        } else {
            laterAttempts.append(attempt)
        }
    }

    /// How many attempts were made.
    public var attemptCount: Int {
        switch state {
        case .delivered(let attempt, _): attempt
        case .exhausted(let attempts), .unfinished(let attempts): attempts
        }
    }

    /// Whether the event ended acknowledged.
    public var isDelivered: Bool {
        if case .delivered = state { return true }
        return false
    }
}
