import ArgumentParser
import YunoSimRun

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
        try ExitStatus.finish(ScenarioValidation(scenarios: scenarios).run())
    }
}
