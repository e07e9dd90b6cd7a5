/// The verdict on one expectation for one event instance.
public struct ExpectationCheck: Sendable, Hashable {
    /// The instance checked (``EventOutcome/instanceID``), or the expectation's event id when
    /// no such event ran.
    public let instanceID: String
    public let passed: Bool
    /// For people: `purchase-1: expected delivery on attempt 4; delivered on attempt 5 at +24h
    /// after 4 × HTTP 500`.
    public let message: String
}

/// The verdicts on every expectation of a run.
public struct ExpectationReport: Sendable {
    public let checks: [ExpectationCheck]

    /// Whether every check passed.
    public var passed: Bool { checks.allSatisfy(\.passed) }
    /// The checks that failed.
    public var failures: [ExpectationCheck] { checks.filter { !$0.passed } }
}
