import ArgumentParser
import YunoMerchant
import YunoSimCore
import YunoSimRun

struct MerchantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merchant",
        abstract: "Run a reference webhook receiver that checks what Yuno sends.",
        discussion: """
            Prints the full delivery URL on its first line (--port 0 picks a free port), then \
            one line per delivery: type_event, retry, and the result of each configured check \
            (api_key, secret, signature). A failed check answers 401; a body whose retry is \
            below --fail-below-retry answers 500; otherwise --status after --delay.
            With --oauth2-client-id and --oauth2-client-secret it also serves POST /oauth/token \
            (client credentials in a form or JSON body, or HTTP Basic), issues random tokens that \
            expire after --token-ttl, and answers 401 to a delivery without a valid, unexpired \
            `Authorization: Bearer <token>`.
            Stop it with Ctrl-C.
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(parsing: .unconditional, help: "Port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "Path that receives deliveries.")
    var path = "/webhooks/yuno"

    @OptionGroup var credentials: CredentialOptions

    @Option(name: .customLong("fail-below-retry"), parsing: .unconditional, help: ArgumentHelp(
        "Answer 500 while the body's retry is below N, so Yuno's attempt N+1 succeeds.", valueName: "n"))
    var failBelowRetry = 0

    @Option(name: .customLong("oauth2-client-id"), help: ArgumentHelp("Serve /oauth/token for this client id.", valueName: "id"))
    var oauth2ClientID: String?

    @Option(name: .customLong("oauth2-client-secret"), help: ArgumentHelp(
        "The client's secret (default: $YUNO_OAUTH2_CLIENT_SECRET).", valueName: "secret"))
    var oauth2ClientSecret: String?

    @Option(name: .customLong("token-ttl"), parsing: .unconditional, help: ArgumentHelp("expires_in of issued tokens (default: 1h).", valueName: "duration"),
            transform: ArgumentTransforms.duration)
    var tokenTTL: Duration?

    @Option(parsing: .unconditional, help: ArgumentHelp("Status for a delivery that passes every check.", valueName: "code"))
    var status = 200

    @Option(parsing: .unconditional, help: ArgumentHelp("Wait this long before answering.", valueName: "duration"),
            transform: ArgumentTransforms.duration)
    var delay: Duration = .zero

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (100...599).contains(status) else { throw ValidationError("--status must be an HTTP status, 100 to 599") }
        guard path.hasPrefix("/") else { throw ValidationError("--path must start with /") }
        guard failBelowRetry >= 0 else { throw ValidationError("--fail-below-retry must be 0 or more") }
        if let tokenTTL {
            guard tokenTTL > .zero else { throw ValidationError("--token-ttl must be longer than 0s") }
            guard oauth2ClientID != nil else { throw ValidationError("--token-ttl needs --oauth2-client-id: without it no token is issued") }
        }
        if oauth2ClientID == nil, oauth2ClientSecret != nil {
            throw ValidationError("--oauth2-client-secret needs --oauth2-client-id")
        }
        if oauth2ClientID != nil, oauth2Secret == nil {
            throw ValidationError("--oauth2-client-id needs --oauth2-client-secret or $YUNO_OAUTH2_CLIENT_SECRET")
        }
    }

    private var oauth2Secret: String? {
        CommandLineSecrets.value(oauth2ClientSecret, orVariable: "YUNO_OAUTH2_CLIENT_SECRET")
    }

    func run() async throws {
        let configuration = MerchantConfiguration(
            host: host, port: port, path: path,
            credentials: credentials.resolved(),
            failBelowRetry: failBelowRetry, status: status, delay: delay,
            oauth2: oauth2ClientID.flatMap { id in
                oauth2Secret.map { MerchantOAuth2(clientID: id, clientSecret: $0, tokenTTL: tokenTTL ?? .seconds(3_600)) }
            }
        )
        try await MerchantRun(configuration: configuration).run()
    }
}
