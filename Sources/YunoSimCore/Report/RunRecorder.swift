import Synchronization

/// Collects what reports need while a run is going: every attempt (when reports are written),
/// the latency histogram and the progress counts. Fed from ``DeliveryRunner``'s `onAttempt`;
/// read from any thread.
public final class RunRecorder: Sendable {
    private struct State {
        var attempts: [String: [AttemptRecord]] = [:]
        var latency = LatencyHistogram()
        var counts: RunProgress
    }

    private let keepsAttempts: Bool
    private let state: Mutex<State>

    /// - Parameter keepsAttempts: keep every ``AttemptRecord`` for the reports that list them.
    public init(scenario: ScenarioRecord, keepsAttempts: Bool) {
        self.keepsAttempts = keepsAttempts
        self.state = Mutex(State(counts: RunProgress(instances: scenario.instanceCount, scheduleLength: scenario.schedule.attemptCount)))
    }

    /// Records one completed attempt.
    public func record(_ attempt: AttemptRecord) {
        state.withLock { state in
            state.latency.record(attempt.latency)
            state.counts.count(attempt)
            if keepsAttempts { state.attempts[attempt.eventID, default: []].append(attempt) }
        }
    }

    /// The counts so far.
    public var progress: RunProgress { state.withLock { $0.counts } }

    /// The attempts by instance id (empty unless kept) and the latencies recorded.
    public var recorded: (attempts: [String: [AttemptRecord]], latency: LatencyHistogram) {
        state.withLock { ($0.attempts, $0.latency) }
    }
}
