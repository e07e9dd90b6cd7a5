import Foundation

/// The lines a ``Journal`` writes around each scenario's attempt lines, so `yuno-sim report`
/// can tell scenarios apart, knows their expectations and sees whether a run ended.
///
/// `{"record":"scenario", …}` comes before a scenario's first attempt and
/// `{"record":"scenario_end","interrupted":…}` after its last. Attempt lines have no `record` key.
public enum JournalScenarioLine {
    public static let scenario = "scenario"
    public static let end = "scenario_end"
}

extension Journal {
    /// Writes the line that opens `scenario`'s attempts.
    public func writeStart(of scenario: ScenarioRecord) throws(JournalError) {
        var object = JSONObject([("record", .string(JournalScenarioLine.scenario))])
        for (key, value) in scenario.json(redact: redactor) { object[key] = value }
        try append(JSONValue.object(object).bytes + [UInt8(ascii: "\n")])
    }

    /// Writes the line that closes a scenario's attempts.
    public func writeEnd(of result: RunResult) throws(JournalError) {
        let object: JSONValue = [
            "record": .string(JournalScenarioLine.end),
            "interrupted": .bool(result.wasCancelled),
            "attempts": .integer(Int64(result.attemptCount)),
            "virtual_elapsed_s": ReportFormat.seconds(result.virtualElapsed),
            "real_elapsed_s": ReportFormat.seconds(result.realElapsed),
        ]
        try append(object.bytes + [UInt8(ascii: "\n")])
    }
}
