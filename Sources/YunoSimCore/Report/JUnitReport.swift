import Foundation

/// JUnit XML for CI: one `<testsuite>` per scenario, one `<testcase>` per expectation (per
/// event when the scenario has none), `<failure>` saying what was expected and what happened,
/// and an `<error>` test case when the run was interrupted. Times are real seconds.
public enum JUnitReport {
    /// Failed instances spelled out in a failure's body before the rest are counted.
    private static let listedFailures = 100

    public static func render(_ report: RunReport, redact: Redactor) -> String {
        let text = MarkupText(redact: redact)
        let tests = report.scenarios.reduce(0) { $0 + testCount($1) }
        let failures = report.scenarios.reduce(0) { $0 + $1.verdicts.count { !$0.passed } }
        let errors = report.scenarios.count(where: \.interrupted)
        // Each suite's time to the millisecond, as written, so a journal's report adds up alike.
        let time = report.scenarios.reduce(0.0) { $0 + Thousandths($1.result.realElapsed.seconds).value }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="yuno-sim" tests="\(tests)" failures="\(failures)" errors="\(errors)" time="\(seconds(time))">

            """
        for (scenario, name) in zip(report.scenarios, suiteNames(report.scenarios)) {
            xml += suite(scenario, name: name, text: text)
        }
        return xml + "</testsuites>\n"
    }

    /// Each scenario's name, made unique within the file: CI tools merge suites and test cases
    /// that share a name. Two files both named `drill` become `drill (a/drill.yaml)` and
    /// `drill (b/drill.yaml)`; the same file given twice adds `#2`.
    static func suiteNames(_ scenarios: [ScenarioReport]) -> [String] {
        let names = scenarios.map(\.scenario.name)
        var seen: [String: Int] = [:]
        return scenarios.map { report in
            var name = report.scenario.name
            if names.count(where: { $0 == name }) > 1 { name += " (\(report.scenario.path))" }
            seen[name, default: 0] += 1
            if let count = seen[name], count > 1 { name += " #\(count)" }
            return name
        }
    }

    /// ` timestamp="2026-12-02T21:40:07"`: when the run made its first attempt, in UTC to the
    /// second (the journal's own time of that attempt, so `report` writes the same); when no
    /// attempt was made, the time of writing (JUnit schemas require the attribute). Never the
    /// scenario's virtual start, which may be any date.
    private static func timestamp(_ startedAt: Date?) -> String {
        let startedAt = startedAt ?? Date()
        let second = Date(timeIntervalSince1970: startedAt.timeIntervalSince1970.rounded(.down))
        return " timestamp=\"\(Date.ISO8601FormatStyle().format(second).prefix(19))\""
    }

    private static func testCount(_ scenario: ScenarioReport) -> Int {
        scenario.verdicts.count + (scenario.interrupted ? 1 : 0)
    }

    private static func suite(_ report: ScenarioReport, name: String, text: MarkupText) -> String {
        let name = text(name)
        let failures = report.verdicts.count { !$0.passed }
        var xml = "  <testsuite name=\"\(name)\" tests=\"\(testCount(report))\" failures=\"\(failures)\" "
            + "errors=\"\(report.interrupted ? 1 : 0)\" skipped=\"0\" time=\"\(seconds(report.result.realElapsed.seconds))\""
            + timestamp(report.result.startedAt) + ">\n"
        xml += "    <properties>\n"
        let properties = [
            ("file", report.scenario.path), ("endpoint", report.scenario.url),
            ("clock", report.scenario.clockText), ("schedule", report.scenario.schedule.description),
            ("interrupted", String(report.interrupted)),
            ("expectations", report.expectationsKnown ? "scenario" : "not in the journal: every event must be delivered"),
            ("yuno_sim_version", YunoSimVersion.current),
        ]
        for (key, value) in properties {
            xml += "      <property name=\"\(key)\" value=\"\(text(value))\"/>\n"
        }
        xml += "    </properties>\n"
        for verdict in report.verdicts {
            let instances = report.result.outcomes(for: verdict.expectation.eventID)
            let time = instances.reduce(0.0) { sum, outcome in
                sum + report.attempts(of: outcome).reduce(0.0) { $0 + $1.latency.seconds }
            }
            xml += "    <testcase name=\"\(text(verdict.name))\" classname=\"\(name)\" time=\"\(seconds(time))\""
            guard let message = verdict.failureMessage else {
                xml += "/>\n"
                continue
            }
            let failureCount = verdict.failureCount
            let details = verdict.failures(limit: listedFailures).map(\.message)
                + (failureCount > listedFailures ? ["… \(failureCount - listedFailures) more"] : [])
            xml += ">\n      <failure message=\"\(text(message))\" type=\"expectation\">\(text(details.joined(separator: "\n")))</failure>\n"
            xml += "    </testcase>\n"
        }
        if report.interrupted {
            let message = "the run was interrupted after \(report.result.attemptCount.counted("attempt")); "
                + "\(report.totals.unfinished.counted("event")) had not finished"
            xml += "    <testcase name=\"run completed\" classname=\"\(name)\" time=\"0\">\n"
            xml += "      <error message=\"\(text(message))\" type=\"interrupted\"/>\n    </testcase>\n"
        }
        return xml + "  </testsuite>\n"
    }

    private static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
