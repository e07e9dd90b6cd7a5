/// Counts for the live progress line, updated as each attempt completes.
public struct RunProgress: Sendable, Hashable {
    /// Event instances in the run.
    public var instances: Int
    public var delivered = 0
    public var exhausted = 0
    public var attempts = 0
    public var failures = 0
    /// The latest virtual time of sending, from the scenario start.
    public var virtualTime = Duration.zero
    private let scheduleLength: Int

    public init(instances: Int, scheduleLength: Int) {
        self.instances = instances
        self.scheduleLength = scheduleLength
    }

    /// Instances neither delivered nor exhausted yet.
    public var pending: Int { instances - delivered - exhausted }

    /// Counts one completed attempt.
    public mutating func count(_ record: AttemptRecord) {
        attempts += 1
        virtualTime = max(virtualTime, record.scenarioTime)
        switch EventOutcome.State(afterAttempt: record.attempt, acknowledged: record.isDelivered,
                                  offset: record.virtualOffset, scheduleLength: scheduleLength) {
        case .delivered: delivered += 1
        case .exhausted: (exhausted, failures) = (exhausted + 1, failures + 1)
        case .unfinished: failures += 1
        }
    }

    /// `+6h  delivered 3  pending 1  exhausted 0  attempts 12  failures 9`, at virtual `time`
    /// in whole seconds (a line redrawn while the clock runs reads badly to the millisecond).
    public func line(at time: Duration) -> String {
        let whole = Duration.seconds(time.components.seconds)
        return "+\(whole.offsetNotation)  delivered \(delivered)  pending \(pending)  exhausted \(exhausted)  "
            + "attempts \(attempts)  failures \(failures)"
    }
}
