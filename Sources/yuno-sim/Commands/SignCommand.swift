import ArgumentParser
import YunoSimCore
import YunoSimRun

struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Print the x-hmac-signature Yuno would send for a body.",
        discussion: """
            The signature is standard Base64 of HMAC-SHA256 over the exact bytes, keyed with \
            the UTF-8 bytes of the HMAC secret. Compare it with what your endpoint computes \
            over the raw request body (before any JSON parsing).
            """
    )

    @Option(name: .customLong("hmac-secret"), help: ArgumentHelp("The webhook's HMAC secret (default: $YUNO_HMAC_SECRET).", valueName: "key"))
    var hmacSecret: String?

    func validate() throws {
        _ = try CredentialOptions.requiredHMACSecret(hmacSecret)
    }

    @Argument(help: ArgumentHelp("File with the body bytes; standard input when omitted or -.", valueName: "file"))
    var file: String?

    func run() throws {
        let body = try InputFile.read(file, flag: "file")
        let signer = WebhookSigner(hmacSecret: try CredentialOptions.requiredHMACSecret(hmacSecret))
        FileOutput.standardOutput.line(signer.signature(for: body))
    }
}
