/// The result of `yuno-sim check`: one ``ProbeResult`` per line, and the sweep's deliveries.
/// Render it with ``text()``, ``json()`` or ``junit()``; none of them shows a credential.
public struct Checklist: Sendable {
    /// The endpoint probed.
    public let url: String
    /// Every line in order: `delivery`, `latency`, then the probes.
    public let results: [ProbeResult]
    /// The sweep: each selected event delivered once.
    public let deliveries: [EventDelivery]
    /// Real time the whole check took.
    public let elapsed: Duration

    public init(url: String, results: [ProbeResult], deliveries: [EventDelivery], elapsed: Duration) {
        self.url = url
        self.results = results
        self.deliveries = deliveries
        self.elapsed = elapsed
    }

    /// Whether no line FAILs: the command's exit status.
    public var passed: Bool { !results.contains { $0.verdict == .fail } }

    /// How many lines have `verdict`.
    public func count(_ verdict: Verdict) -> Int {
        results.count { $0.verdict == verdict }
    }

    /// "12 passed, 1 warning, 0 failed, 2 skipped".
    public var tally: String {
        let warnings = count(.warn)
        return "\(count(.pass)) passed, \(warnings) warning\(warnings == 1 ? "" : "s"), \(count(.fail)) failed, \(count(.skip)) skipped"
    }

    /// The checklist for people: a header, one line per probe with indented details, a tally.
    public func text() -> String {
        var lines = ["yuno-sim check \(url): \(deliveries.count.counted("event")), \(results.count.counted("check"))"]
        for result in results {
            lines.append("\(result.verdict.rawValue)  \(result.title): \(result.outcome.sentence)")
            lines += result.outcome.details.map { "      \($0)" }
        }
        lines.append("\(tally) (\(elapsed.notation))")
        return lines.joined(separator: "\n")
    }
}
