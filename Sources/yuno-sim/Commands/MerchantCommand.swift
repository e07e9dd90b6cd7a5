import ArgumentParser
import YunoMerchant
import YunoSimCore

struct MerchantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merchant",
        abstract: "Run a reference webhook receiver that checks what Yuno sends.",
        discussion: """
            Prints the full delivery URL on its first line (--port 0 picks a free port), then \
            one line per delivery: type_event, retry, and the result of each configured check \
            (api_key, secret, signature). A failed check answers 401; a body whose retry is \
            below --fail-below-retry answers 500; otherwise --status after --delay.
            Stop it with Ctrl-C.
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "Path that receives deliveries.")
    var path = "/webhooks/yuno"

    @OptionGroup var credentials: CredentialOptions

    @Option(name: .customLong("fail-below-retry"), help: ArgumentHelp(
        "Answer 500 while the body's retry is below N, so Yuno's attempt N+1 succeeds.", valueName: "n"))
    var failBelowRetry = 0

    @Option(help: ArgumentHelp("Status for a delivery that passes every check.", valueName: "code"))
    var status = 200

    @Option(help: ArgumentHelp("Wait this long before answering.", valueName: "duration"),
            transform: ArgumentTransforms.duration)
    var delay: Duration = .zero

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (100...599).contains(status) else { throw ValidationError("--status must be an HTTP status, 100 to 599") }
        guard path.hasPrefix("/") else { throw ValidationError("--path must start with /") }
        guard failBelowRetry >= 0 else { throw ValidationError("--fail-below-retry must be 0 or more") }
    }

    func run() async throws {
        let configuration = MerchantConfiguration(
            host: host, port: port, path: path,
            credentials: credentials.resolved(),
            failBelowRetry: failBelowRetry, status: status, delay: delay
        )
        let merchant = ReferenceMerchant(configuration: configuration) { delivery in
            FileOutput.standardOutput.line(delivery.summary)
        }
        do {
            try await merchant.runUntilSignalled { url in FileOutput.standardOutput.line(url) }
        } catch {
            throw InputError("the merchant could not listen on \(host):\(port): \(error)")
        }
    }
}
