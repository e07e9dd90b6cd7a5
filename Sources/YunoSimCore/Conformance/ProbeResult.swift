/// One line of the checklist: which probe ran, how it came out and how long it took.
public struct ProbeResult: Sendable {
    /// Stable identifier for scripts and JUnit: `delivery`, `latency`, `forgery.missing_signature`, …
    public let id: String
    /// What the probe checks, for people.
    public let title: String
    public let outcome: ProbeOutcome
    /// Real time the probe took.
    public let elapsed: Duration

    public init(id: String, title: String, outcome: ProbeOutcome, elapsed: Duration) {
        self.id = id
        self.title = title
        self.outcome = outcome
        self.elapsed = elapsed
    }

    public var verdict: Verdict { outcome.verdict }
}
