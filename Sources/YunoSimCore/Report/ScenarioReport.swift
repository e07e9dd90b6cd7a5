/// Everything the reports show about one scenario's run: the scenario, how every event ended,
/// every attempt (when kept), the latencies and the verdict on each expectation.
public struct ScenarioReport: Sendable {
    public let scenario: ScenarioRecord
    public let result: RunResult
    /// Every attempt by instance id, in the order they completed; empty when not kept.
    public let attempts: [String: [AttemptRecord]]
    public let latency: LatencyHistogram
    /// One per expectation (per event when the scenario has none or they are unknown).
    public let verdicts: [ExpectationVerdict]

    public init(scenario: ScenarioRecord, result: RunResult, attempts: [String: [AttemptRecord]], latency: LatencyHistogram) {
        self.scenario = scenario
        self.result = result
        self.attempts = attempts
        self.latency = latency
        self.verdicts = result.verdicts(scenario.expectations ?? [], events: scenario.events)
    }

    /// A report from what `recorder` collected during the run that produced `result`.
    public init(scenario: ScenarioRecord, result: RunResult, recorder: RunRecorder) {
        let recorded = recorder.recorded
        self.init(scenario: scenario, result: result, attempts: recorded.attempts, latency: recorded.latency)
    }

    /// Whether the run was stopped before every event ended.
    public var interrupted: Bool { result.wasCancelled }

    /// Whether the expectations are the scenario's own (not known for some journals).
    public var expectationsKnown: Bool { scenario.expectations != nil }

    /// Every expectation held and the run was not interrupted.
    public var passed: Bool { !interrupted && verdicts.allSatisfy(\.passed) }

    /// The outcomes by scheduled event.
    public var groups: [EventGroup] { result.groups(of: scenario.events) }

    /// The attempts of one instance, in order.
    public func attempts(of outcome: EventOutcome) -> [AttemptRecord] {
        attempts[outcome.instanceID] ?? []
    }

    public var totals: Totals { Totals(result) }

    /// Counts over every event instance of the run.
    public struct Totals: Sendable, Hashable {
        public var events = 0
        public var delivered = 0
        public var exhausted = 0
        public var unfinished = 0
        public var attempts = 0
        public var failedAttempts = 0

        init(_ result: RunResult) {
            events = result.outcomes.count
            attempts = result.attemptCount
            for outcome in result.outcomes {
                switch outcome.state {
                case .delivered: delivered += 1
                case .exhausted: exhausted += 1
                case .unfinished: unfinished += 1
                }
                // Every attempt failed but the one that was acknowledged.
                failedAttempts += outcome.attemptCount - (outcome.isDelivered ? 1 : 0)
            }
        }
    }
}
