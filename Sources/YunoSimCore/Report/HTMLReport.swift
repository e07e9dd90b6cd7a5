import Foundation

/// One self-contained HTML page (inline CSS and SVG, no network): per scenario its totals,
/// expectations and a timeline per event. `repeat`ed events get one overlaid timeline and a
/// collapsed table of instances, so 1,000 events stay readable.
public enum HTMLReport {
    /// Events shown expanded; beyond this every event starts collapsed.
    private static let expandedEvents = 20
    /// Instances of a group drawn on its timeline and listed in its table.
    private static let listedInstances = 500

    public static func render(_ report: RunReport, redact: Redactor) -> String {
        let text = MarkupText(redact: redact)
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>yuno-sim report</title>
            <style>\(style)</style></head><body>
            <h1>yuno-sim report <span class="verdict \(verdictClass(report.passed, report.interrupted))">\(verdict(report.passed, report.interrupted))</span></h1>

            """
        for scenario in report.scenarios {
            html += section(scenario, text: text)
        }
        return html + "</body></html>\n"
    }

    private static func verdict(_ passed: Bool, _ interrupted: Bool) -> String {
        interrupted ? "INTERRUPTED" : (passed ? "PASS" : "FAIL")
    }

    private static func verdictClass(_ passed: Bool, _ interrupted: Bool) -> String {
        interrupted ? "interrupted" : (passed ? "pass" : "fail")
    }

    private static func section(_ report: ScenarioReport, text: MarkupText) -> String {
        let scenario = report.scenario
        let totals = report.totals
        let latency = report.latency
        var html = "<section class=\"scenario\"><h2>\(text(scenario.name)) "
            + "<span class=\"verdict \(verdictClass(report.passed, report.interrupted))\">\(verdict(report.passed, report.interrupted))</span></h2>\n"
        html += "<dl><dt>file</dt><dd>\(text(scenario.path))</dd><dt>endpoint</dt><dd>\(text(scenario.url))"
            + "\(scenario.builtInMerchant ? " (built-in reference merchant)" : "")</dd>"
            + "<dt>clock</dt><dd>\(text(scenario.clockText))</dd><dt>schedule</dt><dd>\(text(scenario.schedule.description))</dd>"
            + "<dt>start</dt><dd>\(scenario.start.formatted(ReportFormat.time))</dd></dl>\n"
        html += "<p class=\"totals\">\(totals.events.counted("event")): \(totals.delivered) delivered, \(totals.exhausted) exhausted, "
            + "\(totals.unfinished) unfinished · \(totals.attempts.counted("attempt")), \(totals.failedAttempts) failed · "
            + "latency p50 \(ReportFormat.latency(latency.percentile(50))), p95 \(ReportFormat.latency(latency.percentile(95))), "
            + "p99 \(ReportFormat.latency(latency.percentile(99))), max \(ReportFormat.latency(latency.max)) · "
            + "\(report.result.virtualElapsed.offsetNotation) virtual in \(String(format: "%.2f", report.result.realElapsed.seconds)) s</p>\n"
        html += "<h3>Expectations</h3>"
        if !report.expectationsKnown {
            html += "<p class=\"note\">The journal holds no expectations: every event is expected to be delivered.</p>"
        }
        html += "<ul class=\"expectations\">"
        for verdict in report.verdicts {
            html += "<li class=\"\(verdict.passed ? "pass" : "fail")\">\(verdict.passed ? "✔" : "✘") \(text(verdict.name))"
            if let message = verdict.failureMessage { html += "<br><small>\(text(message))</small>" }
            html += "</li>"
        }
        html += "</ul>\n<h3>Events</h3>\n"
        let groups = report.groups
        let expanded = groups.count <= expandedEvents
        for group in groups {
            html += group.isRepeated ? repeated(group, report: report, text: text) : single(group, report: report, text: text, open: expanded)
        }
        return html + "</section>\n"
    }

    private static func single(_ group: EventGroup, report: ScenarioReport, text: MarkupText, open: Bool) -> String {
        guard let outcome = group.outcomes.first else { return "" }
        let timeline = TimelineSVG.Mark.marks(of: outcome)
        var html = "<details class=\"event\"\(open ? " open" : "")><summary><b>\(text(outcome.instanceID))</b> "
            + "\(outcome.event.typeEvent) — <span class=\"\(outcome.outcomeName)\">\(text(outcome.story))</span></summary>\n"
        html += TimelineSVG(schedule: report.scenario.schedule.offsets, marks: timeline).render(timeline, text: text)
        html += "\n<table><tr><th>attempt</th><th>retry</th><th>planned</th><th>sent at</th><th>virtual time</th>"
            + "<th>status</th><th>outcome</th><th>latency</th></tr>"
        let attempts = report.attempts(of: outcome)
        if attempts.isEmpty {
            for (index, summary) in outcome.timeline.enumerated() {
                let planned = report.scenario.schedule.offset(ofAttempt: index + 1).map { "+\($0.offsetNotation)" } ?? "-"
                html += "<tr><td>\(index + 1)</td><td>\(index)</td><td>\(planned)</td><td>+\(summary.virtualOffset.offsetNotation)</td>"
                    + "<td>-</td><td>\(summary.status.map(String.init) ?? "-")</td><td>\(text(summary.description))</td><td>-</td></tr>"
            }
        }
        for attempt in attempts {
            html += "<tr><td>\(attempt.attempt)</td><td>\(attempt.retry)</td><td>+\(attempt.plannedOffset.offsetNotation)</td>"
                + "<td>+\(attempt.virtualOffset.offsetNotation)</td><td>\(attempt.virtualTime.formatted(ReportFormat.time))</td>"
                + "<td>\(attempt.status.map(String.init) ?? "-")</td>"
                + "<td>\(attempt.error.map { text($0.shortName) } ?? "delivered")</td><td>\(ReportFormat.latency(attempt.latency))</td></tr>"
        }
        return html + "</table></details>\n"
    }

    private static func repeated(_ group: EventGroup, report: ScenarioReport, text: MarkupText) -> String {
        let listed = group.outcomes.prefix(listedInstances)
        let marks = listed.flatMap(TimelineSVG.Mark.marks(of:))
        var html = "<details class=\"event group\"><summary><b>\(text(group.event.id))</b> ×\(group.event.repeatCount) "
            + "\(group.event.event.typeEvent) — \(group.outcomeText)</summary>\n"
        html += TimelineSVG(schedule: report.scenario.schedule.offsets, marks: marks).render(marks, text: text)
        html += "\n<table><tr><th>instance</th><th>attempts</th><th>outcome</th><th>delivered at</th><th>last</th></tr>"
        for outcome in listed {
            html += "<tr><td>\(text(outcome.instanceID))</td><td>\(outcome.attemptCount)</td>"
                + "<td class=\"\(outcome.outcomeName)\">\(outcome.outcomeName)</td>"
                + "<td>\(outcome.deliveredOffset.map { "+\($0.offsetNotation)" } ?? "-")</td>"
                + "<td>\(text(outcome.lastAttempt?.description ?? "-"))</td></tr>"
        }
        if group.outcomes.count > listedInstances {
            html += "<tr><td colspan=\"5\">… \(group.outcomes.count - listedInstances) more instances (see --report-json)</td></tr>"
        }
        return html + "</table></details>\n"
    }

    private static let style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
        h1,h2{font-weight:600}.verdict{font-size:.8em;padding:.1em .5em;border-radius:4px;color:#fff}
        .verdict.pass{background:#2e7d32}.verdict.fail{background:#c62828}.verdict.interrupted{background:#ef6c00}
        dl{display:grid;grid-template-columns:max-content auto;gap:0 1em}dt{color:#666}dd{margin:0}
        li.fail{color:#c62828}details.event{border:1px solid #ddd;border-radius:4px;margin:.5em 0;padding:.3em .6em}
        summary{cursor:pointer}table{border-collapse:collapse;margin:.4em 0}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left}
        svg.timeline{width:100%;max-width:720px;height:auto;display:block}
        .axis{stroke:#999}.tick{stroke:#bbb;stroke-dasharray:2 2}text{font-size:10px;fill:#666;text-anchor:middle}
        circle{fill-opacity:.75}circle.delivered{fill:#2e7d32}circle.http{fill:#c62828}circle.timeout{fill:#ef6c00}circle.other{fill:#6a1b9a}
        .delivered{color:#2e7d32}.exhausted{color:#c62828}.unfinished{color:#ef6c00}.note{color:#ef6c00}
        """
}
