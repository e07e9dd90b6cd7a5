import Foundation

/// The summary `run` and `report` print: one row per event (per group for `repeat`ed events),
/// totals, latency percentiles, the expectations and the verdict.
public enum TextReport {
    /// Failed checks listed before the rest are only counted.
    private static let listedChecks = 50
    /// Up to this many events, each single event's attempts are listed under its row.
    private static let listedTimelines = 50

    /// The heading printed as a scenario starts.
    public static func heading(_ scenario: ScenarioRecord, redact: Redactor) -> String {
        let schedule = scenario.schedule.offsets.map(\.offsetNotation).joined(separator: ", ")
        return """
            scenario  \(redact(scenario.name))  (\(redact(scenario.path)))
            endpoint  \(redact(scenario.url))\(scenario.builtInMerchant ? "  (built-in reference merchant)" : "")
            clock     \(scenario.clock), schedule \(scenario.schedule.name ?? "custom") (\(schedule))


            """
    }

    /// Everything after the heading.
    public static func body(_ report: ScenarioReport, redact: Redactor) -> String {
        var lines = table(report, redact: redact)
        let totals = report.totals
        lines.append("")
        lines.append("totals    \(totals.events) event\(totals.events == 1 ? "" : "s"): \(totals.delivered) delivered, "
            + "\(totals.exhausted) exhausted, \(totals.unfinished) unfinished; "
            + "\(totals.attempts) attempts, \(totals.failedAttempts) failed")
        let latency = report.latency
        if latency.count > 0 {
            lines.append("latency   p50 \(ReportFormat.latency(latency.percentile(50)))  p95 \(ReportFormat.latency(latency.percentile(95)))  "
                + "p99 \(ReportFormat.latency(latency.percentile(99)))  max \(ReportFormat.latency(latency.max))")
        }
        lines.append("")
        // One pass: a run of 100,000 instances has as many checks, and only a few are listed.
        var total = 0, failed = 0
        var listed: (failures: [ExpectationCheck], held: [ExpectationCheck]) = ([], [])
        for check in report.verdicts.lazy.flatMap(\.checks) {
            total += 1
            if check.passed {
                if listed.held.count < listedChecks { listed.held.append(check) }
            } else {
                failed += 1
                if listed.failures.count < listedChecks { listed.failures.append(check) }
            }
        }
        let source = report.expectationsKnown ? "" : "  (the journal holds no expectations: every event must be delivered)"
        lines.append("expectations  \(total - failed) of \(total) held\(source)")
        // Checks that held are listed only for small runs; failures always come first.
        let shown = failed + (total <= listedChecks ? total - failed : 0)
        let ordered = listed.failures + (total <= listedChecks ? listed.held : [])
        for check in ordered.prefix(listedChecks) {
            lines.append("  \(check.passed ? "✔" : "✘") \(redact(check.message))")
        }
        if shown > listedChecks { lines.append("  … \(shown - listedChecks) more failures") }
        let verdict = report.interrupted ? "INTERRUPTED" : (report.passed ? "PASS" : "FAIL")
        let real = String(format: "%.2fs", report.result.realElapsed.seconds)
        lines.append("result  \(verdict): \(totals.attempts) attempts, \(report.result.virtualElapsed.notation) of virtual time in \(real)")
        return lines.joined(separator: "\n") + "\n\n"
    }

    private static func table(_ report: ScenarioReport, redact: Redactor) -> [String] {
        let header = ["EVENT", "TYPE_EVENT", "ATTEMPTS", "OUTCOME", "DELIVERED AT", "LAST"]
        let rows = report.groups.map { group in
            let attempts = group.outcomes.map(\.attemptCount)
            let low = attempts.min() ?? 0, high = attempts.max() ?? 0
            let offsets = group.outcomes.compactMap(\.deliveredOffset)
            let delivered = offsets.max().map { max in
                let min = offsets.min() ?? max
                return min == max ? "+\(max.offsetNotation)" : "+\(min.offsetNotation)…+\(max.offsetNotation)"
            } ?? "-"
            let last = mostCommonLastAnswer(group.outcomes) ?? "-"
            return [
                redact(group.event.id) + (group.isRepeated ? " ×\(group.event.repeatCount)" : ""),
                group.event.event.typeEvent,
                low == high ? "\(low)" : "\(low)–\(high)",
                group.outcomeText, delivered, last,
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var lines = [line(header)]
        let listsTimelines = report.groups.count <= listedTimelines
        for (group, row) in zip(report.groups, rows) {
            lines.append(line(row))
            // The attempt timeline: each attempt's virtual offset from the first try and its answer.
            if listsTimelines, !group.isRepeated, let outcome = group.outcomes.first, outcome.timeline.count > 1 {
                lines.append("    " + outcome.timeline.map { "+\($0.virtualOffset.offsetNotation) \($0)" }.joined(separator: " · "))
            }
        }
        return lines
    }

    /// The last answer most instances got (`HTTP 200`); on a tie, the one met first.
    private static func mostCommonLastAnswer(_ outcomes: ArraySlice<EventOutcome>) -> String? {
        var counts: [Int: Int] = [:]
        // One answer of each kind, in the order first met.
        var kinds: [AttemptSummary] = []
        for outcome in outcomes {
            guard let last = outcome.timeline.last else { continue }
            if counts[last.answerKey, default: 0] == 0 { kinds.append(last) }
            counts[last.answerKey, default: 0] += 1
        }
        // `max` keeps the first of equal elements, so the first kind met wins a tie.
        return kinds.max { counts[$0.answerKey, default: 0] < counts[$1.answerKey, default: 0] }?.description
    }
}
