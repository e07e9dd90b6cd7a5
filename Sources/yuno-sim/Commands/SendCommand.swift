import ArgumentParser
import YunoSimCore
import YunoSimRun

struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Make one signed delivery attempt, as Yuno would.",
        discussion: """
            Without --data, sends the catalogue body for <type_event> (see `yuno-sim events show`) \
            with `retry` set by --retry. With --data, sends that file's bytes verbatim (signed as they are).
            Exit 0 when the endpoint answers 200 (any 2xx with --accept-2xx), 1 otherwise.

            Example:
              yuno-sim send payment.purchase --to http://127.0.0.1:8080/webhooks/yuno --hmac-secret s3cret
            With --oauth2-url, a token is fetched first and sent as `Authorization: Bearer <token>`; \
            when no token can be had, nothing is sent and the error is oauth2_token.
            """
    )

    @Argument(help: ArgumentHelp("Dotted event name, e.g. payment.purchase.", valueName: "type_event"),
              transform: ArgumentTransforms.event)
    var event: EventName

    @Option(help: ArgumentHelp("The merchant's webhook URL (http or https).", valueName: "url"),
            transform: ArgumentTransforms.url)
    var to: WebhookURL

    @OptionGroup var credentials: CredentialOptions

    @OptionGroup(title: "OAuth2") var oauth2: OAuth2Options

    @Option(help: ArgumentHelp("Send this file's bytes verbatim instead of a generated body; - reads stdin.", valueName: "file"))
    var data: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("The body's `retry` field: 0 on Yuno's first try, 6 on its seventh and last.", valueName: "n"))
    var retry: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Give up on the answer after this long (default: 23s for retry 0, 7s for retries, as Yuno).",
        valueName: "duration"), transform: ArgumentTransforms.duration)
    var timeout: Duration?

    @Option(name: .customLong("connect-timeout"), parsing: .unconditional, help: ArgumentHelp("Limit for establishing the connection (default: 5s; Yuno documents none).", valueName: "duration"),
            transform: ArgumentTransforms.duration)
    var connectTimeout: Duration = .seconds(5)

    @Flag(name: .customLong("accept-2xx"), help: "Count any 2xx as received (Yuno itself counts only 200).")
    var accept2xx = false

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    @OptionGroup var tls: TLSOptions

    @OptionGroup var body: BodyOptions

    func validate() throws {
        if data != nil, retry != nil {
            throw ValidationError("--retry sets the generated envelope's retry; with --data, edit `retry` in the file instead")
        }
        if data != nil, body.seed != nil || body.variant != nil || !body.assignments.isEmpty || body.merge != nil || body.at != nil {
            throw ValidationError("--data sends the file verbatim; --seed, --variant, --set, --merge and --at shape generated bodies only")
        }
        if let retry, !(0...6).contains(retry) {
            throw ValidationError("--retry must be from 0 to 6: Yuno sends 0 on its first try and 6 on its seventh and last (--set retry=N sends any other number)")
        }
        if let timeout, timeout <= .zero {
            throw ValidationError("--timeout must be longer than 0s")
        }
        if connectTimeout <= .zero {
            throw ValidationError("--connect-timeout must be longer than 0s")
        }
    }

    func run() async throws {
        let retry = self.retry ?? 0
        let payload = try data.map { try InputFile.read($0, flag: "--data") }
            ?? self.body.template(event: event.typeEvent).render(instanceSeed: self.body.instanceSeed, retry: retry, time: self.body.time)
        let defaults = Endpoint.Timeouts()
        let endpoint = Endpoint(
            url: to,
            credentials: credentials.resolved(),
            acknowledgement: accept2xx ? .any2xx : .only200,
            timeouts: Endpoint.Timeouts(
                first: timeout ?? defaults.first,
                retry: timeout ?? defaults.retry,
                connect: connectTimeout
            ),
            oauth2: try oauth2.resolved()
        )
        let attempt = SendAttempt(event: event, endpoint: endpoint, body: payload, retry: retry)
        try ExitStatus.finish(await attempt.run(transport: tls.transportConfiguration(), json: json))
    }
}
