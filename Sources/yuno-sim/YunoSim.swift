import ArgumentParser
import Glibc
import YunoSimCore

@main
struct YunoSim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuno-sim",
        abstract: "Send your webhook endpoint exactly what Yuno sends, before Yuno does.",
        discussion: """
            Signed deliveries (x-api-key, x-secret, x-hmac-signature) go out through libcurl, \
            and only HTTP 200 counts as received, as with Yuno.

            Exit codes: 0 delivered / every expectation held, 1 a delivery or expectation \
            failed, 2 invalid input (nothing is sent), 130 interrupted.
            """,
        version: YunoSimVersion.current,
        subcommands: [
            RunCommand.self, ReportCommand.self, ValidateCommand.self, CheckCommand.self,
            SendCommand.self, EventsCommand.self, SignCommand.self, VerifyCommand.self, MerchantCommand.self,
        ]
    )

    /// Parses, runs and maps every error to one documented exit code: usage and input
    /// errors exit 2 (argument-parser's own default for them is 64).
    static func main() async {
        do {
            if let problem = HelpTopic.problem(in: Array(CommandLine.arguments.dropFirst())) { throw problem }
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            Glibc.exit(ExitStatus.report(error))
        }
    }
}
