import Foundation
import YunoSimCore

/// What goes to stderr when something is wrong, with no credential of the command line or the
/// environment showing.
public enum ErrorOutput {
    /// One line, prefixed so it stands out in CI logs; every credential is masked, even where
    /// argument-parser quotes a flag's value.
    public static func error(_ message: String, to output: FileOutput = .standardError) {
        let line = CommandLineSecrets.redactor()(message)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        output.write("yuno-sim: error: \(line)\n")
    }

    /// Every scenario problem as `FILE:LINE:COLUMN: message`, the form editors link.
    /// The scenario's own credentials are already masked; those of the environment are too.
    public static func diagnostics(_ diagnostics: ScenarioDiagnostics, to output: FileOutput = .standardError) {
        let redact = CommandLineSecrets.redactor()
        for line in diagnostics.lines {
            output.line(redact(line))
        }
    }
}
