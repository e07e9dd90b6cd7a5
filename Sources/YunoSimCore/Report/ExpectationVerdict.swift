/// The verdict on one expectation over every instance of its event: one JUnit test case.
public struct ExpectationVerdict: Sendable {
    /// What was expected.
    public let expectation: Expectation
    /// One check per instance of the event (one failed check when the event is unknown).
    public let checks: [ExpectationCheck]

    /// `purchase-1: delivery on attempt 4`.
    public var name: String { "\(expectation.eventID): \(expectation.summary)" }

    public var passed: Bool { checks.allSatisfy(\.passed) }

    public var failures: [ExpectationCheck] { checks.filter { !$0.passed } }

    /// The first failure's message, and how many more instances failed.
    public var failureMessage: String? {
        let failures = failures
        guard let first = failures.first else { return nil }
        return failures.count == 1 ? first.message
            : "\(first.message) (and \(failures.count - 1) more of \(checks.count) instances)"
    }
}

extension RunResult {
    /// One verdict per expectation; with none, one per scheduled event requiring its delivery.
    public func verdicts(_ expectations: [Expectation], events: [ScheduledEvent]) -> [ExpectationVerdict] {
        let list = expectations.isEmpty
            ? events.compactMap { try? Expectation(eventID: $0.id) }
            : expectations
        return list.map { ExpectationVerdict(expectation: $0, checks: evaluate([$0]).checks) }
    }
}
