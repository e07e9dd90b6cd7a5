import Foundation

/// Collects what reports need while a run is going: every attempt (when reports are written),
/// the latency histogram and the progress counts. Fed from ``DeliveryRunner``'s `onAttempt`;
/// read from any thread.
public final class RunRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private let keepsAttempts: Bool
    private var attempts: [String: [AttemptRecord]] = [:]
    private var latency = LatencyHistogram()
    private var counts: RunProgress

    /// - Parameter keepsAttempts: keep every ``AttemptRecord`` for the reports that list them.
    public init(scenario: ScenarioRecord, keepsAttempts: Bool) {
        self.keepsAttempts = keepsAttempts
        self.counts = RunProgress(instances: scenario.instanceCount, scheduleLength: scenario.schedule.attemptCount)
    }

    /// Records one completed attempt.
    public func record(_ attempt: AttemptRecord) {
        lock.withLock {
            latency.record(attempt.latency)
            counts.count(attempt)
            if keepsAttempts { attempts[attempt.eventID, default: []].append(attempt) }
        }
    }

    /// The counts so far.
    public var progress: RunProgress { lock.withLock { counts } }

    /// The attempts by instance id (empty unless kept) and the latencies recorded.
    public var recorded: (attempts: [String: [AttemptRecord]], latency: LatencyHistogram) {
        lock.withLock { (attempts, latency) }
    }
}
