/// The verdict on one expectation over every instance of its event: one JUnit test case.
///
/// A run of 100,000 instances has as many checks, and reports show only a few of them, so the
/// verdict keeps the instances and makes a check, with its message, only when asked.
public struct ExpectationVerdict: Sendable {
    /// What was expected.
    public let expectation: Expectation
    /// The instances of the expectation's event; none when the run has no such event.
    private let instances: ArraySlice<EventOutcome>
    private let requirement: ExpectationRequirement
    /// Instances that failed the requirement; 1 when the event is unknown. Counted once: the
    /// reports ask for it, and for `passed`, several times.
    public let failureCount: Int

    init(expectation: Expectation, instances: ArraySlice<EventOutcome>) {
        let requirement = ExpectationRequirement(expectation)
        self.expectation = expectation
        self.instances = instances
        self.requirement = requirement
        self.failureCount = instances.isEmpty ? 1 : instances.count { !requirement.isMet(by: $0.state) }
    }

    /// `purchase-1: delivery on attempt 4`.
    public var name: String { "\(expectation.eventID): \(expectation.summary)" }

    /// One per instance of the event, or one failed check when the event is unknown.
    public var checkCount: Int { instances.isEmpty ? 1 : instances.count }

    public var passed: Bool { failureCount == 0 }

    /// Every check, in instance order.
    public var checks: [ExpectationCheck] { checks(failedOnly: false) }

    /// The first `limit` failed checks, in instance order.
    public func failures(limit: Int = .max) -> [ExpectationCheck] { checks(failedOnly: true, limit: limit) }

    private func checks(failedOnly: Bool, limit: Int = .max) -> [ExpectationCheck] {
        guard !instances.isEmpty else { return [ExpectationRequirement.noSuchEvent(expectation.eventID)] }
        let text = requirement.text
        return instances.lazy.filter { !failedOnly || !requirement.isMet(by: $0.state) }
            .prefix(limit).map { requirement.check($0, text: text) }
    }

    /// The first failure's message, and how many more instances failed.
    public var failureMessage: String? {
        guard let first = failures(limit: 1).first else { return nil }
        let count = failureCount
        return count == 1 ? first.message : "\(first.message) (and \(count - 1) more of \(checkCount) instances)"
    }
}

extension RunResult {
    /// One verdict per expectation; with none, one per scheduled event requiring its delivery.
    public func verdicts(_ expectations: [Expectation], events: [ScheduledEvent]) -> [ExpectationVerdict] {
        let list = expectations.isEmpty
            ? events.compactMap { try? Expectation(eventID: $0.id) }
            : expectations
        let groups = groups(of: events)
        return list.map { expectation in
            let instances = groups.first { $0.event.id == expectation.eventID }?.outcomes ?? []
            return ExpectationVerdict(expectation: expectation, instances: instances)
        }
    }
}
