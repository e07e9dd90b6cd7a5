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

    /// The outcomes of every instance of the event called `eventID`.
    public func outcomes(for eventID: String) -> [EventOutcome] {
        outcomes.filter { $0.eventID == eventID }
    }
}
