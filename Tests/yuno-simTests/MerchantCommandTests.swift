import Foundation
import Testing
import YunoSimTesting
import YunoCurl
import YunoMerchant
import YunoSimCore

@Suite struct MerchantCommandTests {
    @Test func printsItsURLThenOneLinePerDeliveryAndStopsOnInterrupt() async throws {
        let merchant = try await LineProcess(["merchant", "--port", "0", "--hmac-secret", "m-secret", "--fail-below-retry", "1"])
        let url = try #require(await merchant.nextLine())
        #expect(url.hasPrefix("http://127.0.0.1:"))
        #expect(url.hasSuffix("/webhooks/yuno"))

        let endpoint = Endpoint(url: try WebhookURL(url), credentials: EndpointCredentials(hmacSecret: "m-secret"))
        let template = try EventTemplate(event: "payment.capture")
        let results = try await withCurlTransport { transport in
            let deliverer = WebhookDeliverer(endpoint: endpoint, transport: transport)
            var results: [DeliveryAttemptResult] = []
            for retry in 0...1 {
                let body = template.render(instanceSeed: 1, retry: retry, time: Date())
                results.append(await deliverer.deliver(body: body, retry: retry))
            }
            return results
        }
        #expect(results.map(\.response.status) == [500, 200])
        #expect(await merchant.nextLine() == "payment.capture retry=0 api_key=- secret=- signature=ok -> 500")
        #expect(await merchant.nextLine() == "payment.capture retry=1 api_key=- secret=- signature=ok -> 200")
        #expect(try await merchant.interrupt() == 0)
    }

    @Test func aTypeEventWithControlCharactersIsPrintedEscapedOnItsOwnLine() async throws {
        let merchant = try await LineProcess(["merchant", "--port", "0"])
        let url = try #require(await merchant.nextLine())
        let endpoint = Endpoint(url: try WebhookURL(url), credentials: EndpointCredentials())
        let body = Array(#"{"type_event":"x\u001b[2J\nfake.line","retry":0}"#.utf8)
        let result = try await withCurlTransport { transport in
            await WebhookDeliverer(endpoint: endpoint, transport: transport).deliver(body: body, retry: 0)
        }
        #expect(result.response.status == 200)
        #expect(await merchant.nextLine() == #"x\u{1b}[2J\nfake.line retry=0 api_key=- secret=- signature=- -> 200"#)
        #expect(try await merchant.interrupt() == 0)
    }

    @Test(arguments: [
        (["--token-ttl", "5m"], "--token-ttl needs --oauth2-client-id"),
        (["--oauth2-client-id", "c", "--oauth2-client-secret", "s", "--token-ttl", "0s"], "--token-ttl must be longer than 0s"),
    ])
    func badOAuth2FlagsExitTwoBeforeListening(arguments: [String], message: String) async throws {
        let result = try await ChildProcess.run(["merchant", "--port", "0"] + arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }

    @Test func aHostThatIsNotAnAddressIsSaidPlainly() async throws {
        let result = try await ChildProcess.run(["merchant", "--host", "999.1.1.1", "--port", "0"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--host must be an IP address of this machine, such as 127.0.0.1"))
        #expect(!result.stderr.contains("SocketAddressError"))
    }

    @Test func aPortInUseIsSaidPlainly() async throws {
        let occupant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0))
        let result = try await occupant.withRunning { url in
            let port = try #require(URLComponents(string: url)?.port)
            return try await ChildProcess.run(["merchant", "--port", String(port)])
        }
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasSuffix(": Address already in use; choose another --port, or --port 0 for a free one\n"))
    }
}
