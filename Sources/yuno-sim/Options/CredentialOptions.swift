import ArgumentParser
import YunoSimCore
import YunoSimRun

/// The static credentials of a webhook, named after Yuno's fields. Each flag falls back to an
/// environment variable, so secrets need not appear in shell history or process lists.
struct CredentialOptions: ParsableArguments {
    @Option(name: .customLong("api-key"), help: ArgumentHelp("The x-api-key value; empty means none (default: $YUNO_API_KEY).", valueName: "key"))
    var apiKey: String?

    @Option(help: ArgumentHelp("The x-secret value; empty means none (default: $YUNO_SECRET).", valueName: "secret"))
    var secret: String?

    @Option(name: .customLong("hmac-secret"), help: ArgumentHelp(
        "Key of x-hmac-signature, Base64 HMAC-SHA256 of the body; empty means no signature (default: $YUNO_HMAC_SECRET).",
        valueName: "key"))
    var hmacSecret: String?

    /// A value that cannot go in a header line is refused before anything is sent.
    func validate() throws {
        let credentials = resolved()
        for (value, flag, variable) in [(credentials.apiKey, "--api-key", "YUNO_API_KEY"), (credentials.secret, "--secret", "YUNO_SECRET")] {
            if let value, let problem = HTTPHeader.problem(withValue: value) {
                throw ValidationError("\(flag) (or $\(variable)) \(problem)")
            }
        }
    }

    /// The HMAC secret `sign` and `verify` need: `flag`, else `$YUNO_HMAC_SECRET`, never empty.
    static func requiredHMACSecret(_ flag: String?) throws -> String {
        guard let secret = CommandLineSecrets.value(flag, orVariable: "YUNO_HMAC_SECRET"), !secret.isEmpty else {
            throw ValidationError("give the HMAC secret with --hmac-secret or $YUNO_HMAC_SECRET; it cannot be empty")
        }
        return secret
    }

    /// The flags, with the environment filling the ones not given.
    func resolved() -> EndpointCredentials {
        EndpointCredentials.flags(apiKey: apiKey, secret: secret, hmacSecret: hmacSecret)
    }
}
