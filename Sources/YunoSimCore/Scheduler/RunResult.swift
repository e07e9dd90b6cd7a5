import Foundation

/// What a run did: one outcome per event instance, in scheduling order.
public struct RunResult: Sendable {
    public var outcomes: [EventOutcome]
    /// Attempts made in total.
    public var attemptCount: Int
    /// Whether the run stopped early (cancelled, or the journal failed).
    public var wasCancelled: Bool
    /// The calendar date of virtual offset zero.
    public var start: Date
    /// The wall-clock time of the first attempt (what a JUnit `timestamp` shows), nil when
    /// the run made none.
    public var startedAt: Date? = nil
    /// Virtual time from the scenario start to the last attempt; for a run interrupted on a
    /// clock that really waits, to the interruption.
    public var virtualElapsed: Duration
    /// Real time the run took.
    public var realElapsed: Duration
    /// Attempts that went out more than 10 % later than the schedule planned: on a clock that
    /// really waits, every real second an answer takes is `speed` virtual seconds.
    public var lateAttempts = 0

    /// Whether an attempt made at `actual` (from its event's first try) is late for `planned`.
    public static func isLate(planned: Duration, actual: Duration) -> Bool {
        actual - planned > planned / 10
    }

    /// The outcomes of every instance of the event called `eventID`.
    public func outcomes(for eventID: String) -> [EventOutcome] {
        outcomes.filter { $0.eventID == eventID }
    }
}
