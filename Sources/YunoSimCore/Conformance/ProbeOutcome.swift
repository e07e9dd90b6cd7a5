/// What one probe found, in words: a verdict, one sentence on what happened and one on what
/// Yuno would do about it (or why it matters).
public struct ProbeOutcome: Sendable, Hashable {
    public var verdict: Verdict
    /// What happened, e.g. "79 of 79 events answered 200".
    public var reason: String
    /// What Yuno would do about it, e.g. "Yuno does not follow redirects"; nil when nothing.
    public var consequence: String?
    /// Further lines, e.g. the failing events grouped by answer.
    public var details: [String]

    public init(_ verdict: Verdict, _ reason: String, consequence: String? = nil, details: [String] = []) {
        self.verdict = verdict
        self.reason = reason
        self.consequence = consequence
        self.details = details
    }

    /// The reason and the consequence as one sentence.
    public var sentence: String {
        reason + (consequence.map { "; " + $0 } ?? "") + "."
    }
}
