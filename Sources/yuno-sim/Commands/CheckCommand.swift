import ArgumentParser
import Foundation
import YunoCurl
import YunoSimCore
import YunoSimRun

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Probe a webhook endpoint for what Yuno expects of it, as a PASS / WARN / FAIL checklist.",
        discussion: """
            Delivers every catalogue event once (or those --events matches), correctly signed, and \
            checks the answers are 200 and fast; then sends forgeries of each configured credential \
            (which must not get 200), a duplicate, a refund before its purchase, an unknown event type \
            and a fraud-screening decline with empty transactions.
            Exit 0 when nothing FAILs, 1 otherwise, 2 on bad usage.

            Example:
              yuno-sim check http://127.0.0.1:8080/webhooks/yuno --hmac-secret s3cret --junit check.xml
            """
    )

    @Argument(help: ArgumentHelp("The merchant's webhook URL (http or https).", valueName: "url"),
              transform: ArgumentTransforms.url)
    var url: WebhookURL

    @OptionGroup var credentials: CredentialOptions

    @Option(help: ArgumentHelp("Deliver only the catalogue events matching this pattern (* and ?), e.g. payment.*.",
                               valueName: "glob"), transform: ArgumentTransforms.eventGlob)
    var events: EventGlob?

    @Option(help: ArgumentHelp("Also write the checklist as JUnit XML, one testcase per probe.", valueName: "file"))
    var junit: String?

    @Flag(help: "Print the checklist as JSON instead of text.")
    var json = false

    @Option(name: .customLong("timeout-first"), parsing: .unconditional, help: ArgumentHelp("Window for a first try (Yuno: 23s).", valueName: "duration"),
            transform: ArgumentTransforms.duration)
    var timeoutFirst: Duration = Endpoint.Timeouts().first

    @Option(name: .customLong("timeout-retry"), parsing: .unconditional, help: ArgumentHelp(
        "Window for a retry (Yuno: 7s); answers slower than half of it WARN, beyond it FAIL.", valueName: "duration"),
            transform: ArgumentTransforms.duration)
    var timeoutRetry: Duration = Endpoint.Timeouts().retry

    @OptionGroup(title: "OAuth2") var oauth2: OAuth2Options

    @OptionGroup var tls: TLSOptions

    func validate() throws {
        guard timeoutFirst > .zero, timeoutRetry > .zero else {
            throw ValidationError("--timeout-first and --timeout-retry must be longer than 0s")
        }
        do {
            _ = try events?.select(from: .yuno)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func run() async throws {
        if let junit { try ReportFile.check(junit, what: "--junit") }
        let endpoint = Endpoint(url: url, credentials: credentials.resolved(),
                                timeouts: Endpoint.Timeouts(first: timeoutFirst, retry: timeoutRetry),
                                oauth2: try oauth2.resolved())
        let configuration = ConformanceConfiguration(events: events)
        let checklist = try await withCurlTransport(tls.transportConfiguration(concurrency: configuration.concurrency)) { transport in
            let check = try ConformanceCheck(configuration: configuration, deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport))
            // Everything is checked: an earlier run's file would only mislead if this one is killed.
            if let junit { ReportFile.removeStale(junit) }
            return await check.run()
        }
        FileOutput.standardOutput.line(json ? checklist.json() : checklist.text())
        if let junit {
            try ReportFile.write(checklist.junit(), to: junit, what: "--junit")
        }
        if !checklist.passed {
            throw ExitCode(ExitStatus.failed)
        }
    }
}
