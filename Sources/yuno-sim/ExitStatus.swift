import ArgumentParser
import YunoSimCore
import YunoSimRun

/// The one place that turns errors into messages and exit codes.
enum ExitStatus {
    static let delivered: Int32 = 0
    static let failed: Int32 = 1
    static let invalidInput: Int32 = 2
    static let interrupted: Int32 = 130

    /// Prints what the user needs to see for `error` and returns the exit code.
    static func report(_ error: any Error) -> Int32 {
        if let input = error as? InputError {
            ErrorOutput.error(input.message)
            return invalidInput
        }
        if let diagnostics = error as? ScenarioDiagnostics {
            ErrorOutput.diagnostics(diagnostics)
            return invalidInput
        }
        if let exitCode = error as? ExitCode {
            return exitCode.rawValue
        }
        let code = YunoSim.exitCode(for: error)
        if code == .success {
            // --help and --version.
            FileOutput.standardOutput.line(YunoSim.fullMessage(for: error))
            return 0
        }
        let message = YunoSim.message(for: error)
        if code == .validationFailure {
            ErrorOutput.error(message + " (see '\(helpCommand)')")
            return invalidInput
        }
        ErrorOutput.error(message)
        return code.rawValue
    }

    /// `yuno-sim SUBCOMMAND… --help` for the (nested) subcommand being run, else
    /// `yuno-sim --help`.
    private static var helpCommand: String {
        var path = ["yuno-sim"]
        var commands = YunoSim.configuration.subcommands
        for argument in CommandLine.arguments.dropFirst() {
            guard let command = commands.first(where: { $0.configuration.commandName == argument }) else { continue }
            path.append(argument)
            commands = command.configuration.subcommands
        }
        return (path + ["--help"]).joined(separator: " ")
    }

    /// Ends the command with the exit code of `outcome` (returns for `.passed`).
    static func finish(_ outcome: RunOutcome) throws {
        switch outcome {
        case .passed: return
        case .failed: throw ExitCode(failed)
        case .invalidInput: throw ExitCode(invalidInput)
        case .interrupted: throw ExitCode(interrupted)
        }
    }
}
