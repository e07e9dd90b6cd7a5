import Foundation
import Testing
import YunoSimTesting
import YunoMerchant
import YunoSimCore

/// `send --oauth2-*` and `merchant --oauth2-*` as child processes on 127.0.0.1.
@Suite struct OAuth2CommandTests {
    private static let secret = "cli-client-secret-42"

    @Test func sendGetsATokenFromTheMerchantCommandAndShowsNeitherTokenNorSecret() async throws {
        let merchant = try await LineProcess([
            "merchant", "--port", "0", "--oauth2-client-id", "cli-client", "--oauth2-client-secret", Self.secret, "--token-ttl", "10m",
        ])
        let url = try #require(await merchant.nextLine())
        let tokenURL = String(url.dropLast("/webhooks/yuno".count)) + "/oauth/token"
        let result = try await ChildProcess.run([
            "send", "payment.purchase", "--to", url, "--oauth2-url", tokenURL, "--oauth2-client-id", "cli-client",
            "--oauth2-client-auth", "basic", "--json",
        ], environment: ["YUNO_OAUTH2_CLIENT_SECRET": Self.secret])
        #expect(result.exitCode == 0)
        #expect(await merchant.nextLine() == "token request: client ok -> 200 (expires_in 600)")
        #expect(await merchant.nextLine() == "payment.purchase retry=0 api_key=- secret=- signature=- token=ok -> 200")
        #expect(try await merchant.interrupt() == 0)
        #expect(!(result.stdout + result.stderr).contains(Self.secret))
    }

    @Test func noOutputOrJournalShowsTheTokenOrTheSecret() async throws {
        let received = DeliveryLog()
        let configuration = MerchantConfiguration(port: 0, oauth2: MerchantOAuth2(clientID: "c", clientSecret: Self.secret))
        let merchant = ReferenceMerchant(configuration: configuration) { received.append($0) }
        let (delivered, refused) = try await merchant.withRunning { url in
            let common = ["send", "payment.purchase", "--to", url, "--oauth2-url", merchant.tokenURL(deliveryURL: url), "--oauth2-client-id", "c"]
            let delivered = try await ChildProcess.run(common + ["--oauth2-client-secret", Self.secret])
            let refused = try await ChildProcess.run(common + ["--oauth2-client-secret", Self.secret + "-wrong", "--json"])
            return (delivered, refused)
        }
        #expect(delivered.exitCode == 0)
        #expect(refused.exitCode == 1)
        #expect(refused.stdout.contains(#""error":"oauth2_token""#))
        #expect(refused.stdout.contains("token endpoint answered HTTP 401"))
        let token = try #require(received.all.first?.header("authorization")).dropFirst("Bearer ".count)
        #expect(token.count == 64)
        for output in [delivered.stdout, delivered.stderr, refused.stdout, refused.stderr] {
            #expect(!output.contains(Self.secret) && !output.contains(token))
        }
    }

    /// Found by a QA pass: a refused token request said "(none: no --hmac-secret)" although
    /// --hmac-secret was given; nothing was sent, so nothing was signed.
    @Test func aRefusedTokenSaysNothingWasSentNotThatNoHMACSecretWasGiven() async throws {
        let configuration = MerchantConfiguration(port: 0, oauth2: MerchantOAuth2(clientID: "c", clientSecret: Self.secret))
        let merchant = ReferenceMerchant(configuration: configuration)
        let refused = try await merchant.withRunning { url in
            try await ChildProcess.run([
                "send", "payment.purchase", "--to", url, "--hmac-secret", "h-789", "--oauth2-url", merchant.tokenURL(deliveryURL: url),
                "--oauth2-client-id", "c", "--oauth2-client-secret", Self.secret + "-wrong",
            ])
        }
        #expect(refused.exitCode == 1)
        #expect(refused.stdout.contains("error      oauth2_token: token endpoint answered HTTP 401"))
        #expect(refused.stdout.contains("signature  (none: nothing was sent without an OAuth2 token)"))
        #expect(!refused.stdout.contains("no --hmac-secret"))
    }

    @Test(arguments: [
        (["--oauth2-url", "http://127.0.0.1:9/oauth/token"], "--oauth2-url needs --oauth2-client-id"),
        (["--oauth2-client-id", "c"], "need --oauth2-url"),
        (["--oauth2-url", "http://127.0.0.1:9/t", "--oauth2-client-id", "c", "--oauth2-client-auth", "bearer"], "must be body or basic"),
        (["--oauth2-url", "http://127.0.0.1:9/t", "--oauth2-client-id", "c"], "--oauth2-client-secret or $YUNO_OAUTH2_CLIENT_SECRET"),
    ])
    func badOAuth2FlagsExitTwoWithOneLine(flags: [String], message: String) async throws {
        let result = try await ChildProcess.run(["send", "payment.purchase", "--to", "http://127.0.0.1:9/hook"] + flags)
        #expect(result.exitCode == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }
}
