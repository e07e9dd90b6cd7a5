import Foundation
import YunoSimCore

extension EndpointCredentials {
    /// The credentials given as flags, with the environment (`$YUNO_API_KEY`, `$YUNO_SECRET`,
    /// `$YUNO_HMAC_SECRET`) filling the ones not given.
    public static func flags(
        apiKey: String?, secret: String?, hmacSecret: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> EndpointCredentials {
        EndpointCredentials(
            apiKey: CommandLineSecrets.value(apiKey, orVariable: "YUNO_API_KEY", environment: environment),
            secret: CommandLineSecrets.value(secret, orVariable: "YUNO_SECRET", environment: environment),
            hmacSecret: CommandLineSecrets.value(hmacSecret, orVariable: "YUNO_HMAC_SECRET", environment: environment)
        )
    }
}
