import ArgumentParser
import YunoSimCore
import YunoSimRun

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an x-hmac-signature against a body (exit 0 match, 1 mismatch).",
        discussion: "Compares in constant time, as your endpoint should."
    )

    @Option(name: .customLong("hmac-secret"), help: ArgumentHelp("The webhook's HMAC secret (default: $YUNO_HMAC_SECRET).", valueName: "key"))
    var hmacSecret: String?

    func validate() throws {
        _ = try CredentialOptions.requiredHMACSecret(hmacSecret)
    }

    @Option(help: ArgumentHelp("The x-hmac-signature value received.", valueName: "base64"))
    var signature: String

    @Argument(help: ArgumentHelp("File with the raw body bytes; standard input when omitted or -.", valueName: "file"))
    var file: String?

    func run() throws {
        let body = try InputFile.read(file, flag: "file")
        let signer = WebhookSigner(hmacSecret: try CredentialOptions.requiredHMACSecret(hmacSecret))
        if signer.isValid(signature: signature, for: body) {
            FileOutput.standardOutput.line("signature matches")
        } else {
            FileOutput.standardOutput.line("signature does not match: sign the raw body bytes with the same secret and compare")
            throw ExitCode(ExitStatus.failed)
        }
    }
}
