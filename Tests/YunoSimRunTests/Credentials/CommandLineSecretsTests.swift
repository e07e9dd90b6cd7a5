import Testing
import YunoSimCore
import YunoSimRun

/// Credentials are found wherever a user can give them, so no message shows them.
@Suite struct CommandLineSecretsTests {
    @Test func flagsTheirEqualsFormURLPasswordsAndTheEnvironmentAreAllSecrets() {
        let values = CommandLineSecrets.values(
            arguments: ["yuno-sim", "send", "--api-key", "k1", "--secret=s1", "--to=https://user:p1@example.test/x",
                        "https://u:p2@example.test/y", "--hmac-secret", "h1", "--oauth2-client-secret=c1", "--json"],
            environment: ["YUNO_SECRET": "e1", "YUNO_SIM_OTHER": "not-a-secret", "PATH": "/bin"]
        )
        #expect(Set(values) == ["k1", "s1", "p1", "p2", "h1", "c1", "e1"])
    }

    @Test func aFlagAtTheEndWithoutValueIsNoSecret() {
        #expect(CommandLineSecrets.values(arguments: ["yuno-sim", "send", "--api-key"], environment: [:]).isEmpty)
    }

    @Test func theRedactorMasksEveryOne() {
        let redact = CommandLineSecrets.redactor(arguments: ["yuno-sim", "--api-key", "k-7f3a"], environment: ["YUNO_HMAC_SECRET": "h-55e0"])
        let masked = redact("The value 'k-7f3a' is invalid; h-55e0")
        #expect(!masked.contains("k-7f3a") && !masked.contains("h-55e0"))
    }

    @Test(arguments: [
        ("flag", ["YUNO_SECRET": "env"], "flag"),
        (nil, ["YUNO_SECRET": "env"], "env"),
        // An empty variable means none, as an unset one does.
        (nil, ["YUNO_SECRET": ""], nil),
        (nil, [:], nil),
        // An empty flag is kept: it says "send none" on purpose.
        ("", ["YUNO_SECRET": "env"], ""),
    ] as [(String?, [String: String], String?)])
    func aFlagFallsBackToItsVariableUnlessEmpty(flag: String?, environment: [String: String], expected: String?) {
        #expect(CommandLineSecrets.value(flag, orVariable: "YUNO_SECRET", environment: environment) == expected)
    }

    @Test func endpointCredentialsTakeEachFlagOrItsVariable() {
        let credentials = EndpointCredentials.flags(
            apiKey: "ak", secret: nil, hmacSecret: nil,
            environment: ["YUNO_API_KEY": "env-ak", "YUNO_SECRET": "env-s", "YUNO_HMAC_SECRET": ""]
        )
        #expect(credentials.apiKey == "ak")
        #expect(credentials.secret == "env-s")
        #expect(credentials.hmacSecret == nil)
    }
}
