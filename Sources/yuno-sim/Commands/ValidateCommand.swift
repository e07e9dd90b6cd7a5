import ArgumentParser
import YunoSimCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files without sending anything.",
        discussion: """
            Prints 'ok  FILE  (name, N events, M expectations)' for each valid file (N counts \
            each repeat of an event) and one \
            'FILE:LINE:COLUMN: problem' line on standard error for every problem found. \
            Exits 0 when every file is valid, 2 otherwise. ${VAR} references are expanded \
            from the environment, as 'run' does. See docs/scenarios.md for the format.
            """
    )

    @Argument(help: ArgumentHelp("Scenario files (YAML or JSON).", valueName: "scenario"))
    var scenarios: [String] = []

    func validate() throws {
        guard !scenarios.isEmpty else { throw ValidationError("name at least one scenario file") }
    }

    func run() throws {
        let parser = ScenarioParser()
        var allValid = true
        for path in scenarios {
            do {
                let scenario = try parser.parse(contentsOf: path)
                let redact = Redactor(secrets: scenario.secretValues + CommandLineSecrets.values())
                FileOutput.standardOutput.line("ok  \(path)  (\(redact(Self.summary(of: scenario))))")
            } catch {
                allValid = false
                ExitStatus.printDiagnostics(error)
            }
        }
        if !allValid { throw ExitCode(ExitStatus.invalidInput) }
    }

    private static func summary(of scenario: Scenario) -> String {
        // Counted as `run` counts them: each repeat of an entry is an event of its own.
        let entries = scenario.events.count
        let events = scenario.events.reduce(0) { $0 + $1.occurrences }
        let expectations = scenario.expectations.count
        let repeated = events == entries ? "" : " from \(entries) entr\(entries == 1 ? "y" : "ies")"
        return "\(scenario.name), \(events) event\(events == 1 ? "" : "s")\(repeated), "
            + "\(expectations) expectation\(expectations == 1 ? "" : "s")"
    }
}
