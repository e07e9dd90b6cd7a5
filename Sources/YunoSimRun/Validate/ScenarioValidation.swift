import YunoSimCore

/// `validate`: scenario files checked without sending anything.
public struct ScenarioValidation: Sendable {
    public let scenarios: [String]

    public init(scenarios: [String]) {
        self.scenarios = scenarios
    }

    /// Prints `ok  FILE  (summary)` to `output` for each valid file and every problem of the
    /// others to `errors`.
    public func run(output: FileOutput = .standardOutput, errors: FileOutput = .standardError) -> RunOutcome {
        let parser = ScenarioParser()
        var allValid = true
        for path in scenarios {
            do {
                let scenario = try parser.parse(contentsOf: path)
                let redact = Redactor(secrets: scenario.secretValues + CommandLineSecrets.values())
                output.line("ok  \(path)  (\(redact(Self.summary(of: scenario))))")
            } catch {
                allValid = false
                ErrorOutput.diagnostics(error, to: errors)
            }
        }
        return allValid ? .passed : .invalidInput
    }

    static func summary(of scenario: Scenario) -> String {
        // Counted as `run` counts them: each repeat of an entry is an event of its own.
        let entries = scenario.events.count
        let events = scenario.events.reduce(0) { $0 + $1.occurrences }
        let expectations = scenario.expectations.count
        let repeated = events == entries ? "" : " from \(entries) entr\(entries == 1 ? "y" : "ies")"
        return "\(scenario.name), \(events) event\(events == 1 ? "" : "s")\(repeated), "
            + "\(expectations) expectation\(expectations == 1 ? "" : "s")"
    }
}
