import Foundation
import YunoSimCore

/// The credentials given as flags or environment variables, and the password of any URL given,
/// read straight from the command line: argument-parser's own errors quote the offending value
/// (`The value '…' is invalid`), and they are printed before any command holds its options.
public enum CommandLineSecrets {
    /// The flags of ``CredentialOptions`` and ``OAuth2Options`` that carry a credential.
    public static let flags = ["--api-key", "--secret", "--hmac-secret", "--oauth2-client-secret"]
    /// Their environment fallbacks.
    public static let variables = ["YUNO_API_KEY", "YUNO_SECRET", "YUNO_HMAC_SECRET", "YUNO_OAUTH2_CLIENT_SECRET"]

    public static func redactor(
        arguments: [String] = CommandLine.arguments,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Redactor {
        Redactor(secrets: values(arguments: arguments, environment: environment))
    }

    /// `flag` when given, else the environment's `variable` unless it is empty: how every
    /// credential flag falls back to its variable.
    public static func value(
        _ flag: String?, orVariable variable: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        flag ?? environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The credentials themselves, to mask along with a scenario's own.
    public static func values(
        arguments: [String] = CommandLine.arguments,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String] {
        var secrets = variables.compactMap { environment[$0] }
        for (index, argument) in arguments.enumerated() {
            if flags.contains(argument), index + 1 < arguments.count {
                secrets.append(arguments[index + 1])
            } else if let flag = flags.first(where: { argument.hasPrefix($0 + "=") }) {
                secrets.append(String(argument.dropFirst(flag.count + 1)))
            } else if argument.contains("@") {
                // `--to=URL` as well as `URL`.
                let value = argument.hasPrefix("--") ? String(argument.drop { $0 != "=" }.dropFirst()) : argument
                if let password = URLComponents(string: value)?.password { secrets.append(password) }
            }
        }
        return secrets
    }
}
