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
            clock     \(scenario.clockText), schedule \(scenario.schedule.name ?? "custom") (\(schedule))


            """
    }

    /// Everything after the heading.
    public static func body(_ report: ScenarioReport, redact: Redactor) -> String {
        var lines = table(report, redact: redact)
        let totals = report.totals
        lines.append("")
        lines.append("totals    \(totals.events) event\(totals.events == 1 ? "" : "s"): \(totals.delivered) delivered, "
            + "\(totals.exhausted) exhausted, \(totals.unfinished) unfinished; "
            + "\(totals.attempts.counted("attempt")), \(totals.failedAttempts) failed")
        let latency = report.latency
        if latency.count > 0 {
            lines.append("latency   p50 \(ReportFormat.latency(latency.percentile(50)))  p95 \(ReportFormat.latency(latency.percentile(95)))  "
                + "p99 \(ReportFormat.latency(latency.percentile(99)))  max \(ReportFormat.latency(latency.max))")
        }
        lines.append("")
        // A run of 100,000 instances has as many checks: they are counted, and only the
        // few listed are made.
        let total = report.verdicts.reduce(0) { $0 + $1.checkCount }
        let failed = report.verdicts.reduce(0) { $0 + $1.failureCount }
        var failures: [ExpectationCheck] = []
        for verdict in report.verdicts where failures.count < listedChecks {
            failures += verdict.failures(limit: listedChecks - failures.count)
        }
        let held = total <= listedChecks ? report.verdicts.flatMap(\.checks).filter(\.passed) : []
        let source = report.expectationsKnown ? "" : "  (the journal holds no expectations: every event must be delivered)"
        lines.append("expectations  \(total - failed) of \(total) held\(source)")
        // Checks that held are listed only for small runs; failures always come first.
        let shown = failed + (total <= listedChecks ? total - failed : 0)
        for check in (failures + held).prefix(listedChecks) {
            lines.append("  \(check.passed ? "✔" : "✘") \(redact(check.message))")
        }
        if shown > listedChecks { lines.append("  … \(shown - listedChecks) more failures") }
        let verdict = report.interrupted ? "INTERRUPTED" : (report.passed ? "PASS" : "FAIL")
        let real = String(format: "%.2fs", report.result.realElapsed.seconds)
        let late = report.result.lateAttempts
        if late > 0 {
            let stretch = if case .speed(let factor)? = report.scenario.clock {
                "each real second the endpoint takes to answer is \(ClockMode.speed(factor)) virtual seconds"
            } else {
                "the endpoint's real answer times stretched virtual time"
            }
            lines.append("note    \(late.counted("attempt")) went out more than 10 % later than Yuno's schedule: "
                + "\(stretch); a lower --speed keeps to the schedule")
        }
        lines.append("result  \(verdict): \(totals.attempts.counted("attempt")), \(report.result.virtualElapsed.notation) of virtual time in \(real)")
        return lines.joined(separator: "\n") + "\n\n"
    }

    private static func table(_ report: ScenarioReport, redact: Redactor) -> [String] {
        let header = ["EVENT", "TYPE_EVENT", "ATTEMPTS", "OUTCOME", "DELIVERED AT", "LAST"]
        let groups = report.groups
        let rows = groups.map { group in
            let summary = group.summary
            let attempts = summary.attempts.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
            let delivered = summary.deliveredOffsets.map { offsets in
                offsets.lowerBound == offsets.upperBound ? "+\(offsets.lowerBound.offsetNotation)"
                    : "+\(offsets.lowerBound.offsetNotation)…+\(offsets.upperBound.offsetNotation)"
            }
            return [
                group.event.id + (group.isRepeated ? " ×\(group.event.repeatCount)" : ""),
                group.event.event.typeEvent,
                attempts ?? "0",
                group.outcomeText(summary), delivered ?? "-", summary.mostCommonLastAnswer?.description ?? "-",
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var lines = [line(header)]
        let listsTimelines = groups.count <= listedTimelines
        for (group, row) in zip(groups, rows) {
            lines.append(line(row))
            // The attempt timeline: each attempt's virtual offset from the first try and its answer.
            if listsTimelines, !group.isRepeated, let outcome = group.outcomes.first, outcome.timeline.count > 1 {
                lines.append("    " + outcome.timeline.map { "+\($0.virtualOffset.offsetNotation) \($0)" }.joined(separator: " · "))
            }
        }
        return lines
    }
}
