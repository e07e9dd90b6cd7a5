import ArgumentParser
import Glibc
import YunoSimCore

/// The one place that turns errors into messages and exit codes.
enum ExitStatus {
    static let delivered: Int32 = 0
    static let failed: Int32 = 1
    static let invalidInput: Int32 = 2
    static let interrupted: Int32 = 130

    /// Prints what the user needs to see for `error` and returns the exit code.
    static func report(_ error: any Error) -> Int32 {
        if let input = error as? InputError {
            printError(input.message)
            return invalidInput
        }
        if let diagnostics = error as? ScenarioDiagnostics {
            printDiagnostics(diagnostics)
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
            printError(message + " (see '\(helpCommand)')")
            return invalidInput
        }
        printError(message)
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

    /// Every scenario problem on stderr as `FILE:LINE:COLUMN: message`, the form editors link.
    /// The scenario's own credentials are already masked; those of the environment are too.
    static func printDiagnostics(_ diagnostics: ScenarioDiagnostics) {
        let redact = CommandLineSecrets.redactor()
        for line in diagnostics.lines {
            FileOutput.standardError.line(redact(line))
        }
    }

    /// One line on stderr, prefixed so it stands out in CI logs; no credential from the command
    /// line or the environment shows, even where argument-parser quotes a flag's value.
    static func printError(_ message: String) {
        let line = CommandLineSecrets.redactor()(message)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        FileOutput.standardError.write("yuno-sim: error: \(line)\n")
    }
}
