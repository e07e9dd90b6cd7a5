import Foundation
import Hummingbird
import Synchronization
import Testing
import YunoSimTesting
import YunoMerchant
import YunoSimCore

/// `yuno-sim send` as a child process against the reference merchant on 127.0.0.1.
@Suite struct SendCommandTests {
    private func withMerchant<Result: Sendable>(
        _ configuration: MerchantConfiguration = MerchantConfiguration(port: 0),
        _ body: @Sendable (String, DeliveryLog) async throws -> Result
    ) async throws -> Result {
        let received = DeliveryLog()
        let merchant = ReferenceMerchant(configuration: configuration) { delivery in received.append(delivery) }
        return try await merchant.withRunning { url in try await body(url, received) }
    }

    @Test func signedDeliveryIsReceivedAndVerified() async throws {
        let credentials = EndpointCredentials(apiKey: "ak-1", secret: "sec-2", hmacSecret: "hm-3")
        try await withMerchant(MerchantConfiguration(port: 0, credentials: credentials)) { url, received in
            let result = try await ChildProcess.run([
                "send", "payment.purchase", "--to", url, "--api-key", "ak-1", "--secret", "sec-2", "--hmac-secret", "hm-3", "--retry", "2",
            ])
            #expect(result.exitCode == 0)
            #expect(result.stdout.contains("200 (received)"))
            let delivery = try #require(received.all.first)
            #expect(delivery.retry == 2)
            #expect(delivery.typeEvent == "payment.purchase")
            #expect(delivery.signature == .passed && delivery.apiKey == .passed && delivery.secret == .passed)
            let signature = try #require(delivery.header("x-hmac-signature"))
            #expect(result.stdout.contains(signature))
            for secret in ["ak-1", "sec-2", "hm-3"] {
                #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
            }
        }
    }

    @Test func credentialsFallBackToTheEnvironment() async throws {
        let credentials = EndpointCredentials(apiKey: "env-key", hmacSecret: "env-hmac")
        try await withMerchant(MerchantConfiguration(port: 0, credentials: credentials)) { url, received in
            let result = try await ChildProcess.run(
                ["send", "payment.refund", "--to", url],
                environment: ["YUNO_API_KEY": "env-key", "YUNO_HMAC_SECRET": "env-hmac"]
            )
            #expect(result.exitCode == 0)
            #expect(received.all.first?.signature == .passed)
        }
    }

    @Test func jsonOutputDescribesAFailedAttempt() async throws {
        try await withMerchant(MerchantConfiguration(port: 0, status: 503)) { url, _ in
            let result = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--hmac-secret", "h", "--json"])
            #expect(result.exitCode == 1)
            let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["delivered"] as? Bool == false)
            #expect(object["status"] as? Int == 503)
            #expect(object["error"] as? String == "http_status")
            #expect((object["signature"] as? String)?.count == 44)
        }
    }

    @Test func twoHundredOneExitsOneUnlessAccept2xx() async throws {
        try await withMerchant(MerchantConfiguration(port: 0, status: 201)) { url, _ in
            let strict = try await ChildProcess.run(["send", "payment.purchase", "--to", url])
            let relaxed = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--accept-2xx"])
            #expect(strict.exitCode == 1)
            #expect(strict.stdout.contains("http_status"))
            #expect(relaxed.exitCode == 0)
        }
    }

    @Test func dataFileIsSentVerbatimAndStdinWorks() async throws {
        let body = Array(#"{"type":"payment", "retry" : 0, "custom":"bytes as written"}"#.utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-body-\(UUID().uuidString).json")
        try Data(body).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try await withMerchant { url, received in
            let fromFile = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--data", file.path])
            let fromStdin = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--data", "-"], stdin: body)
            #expect(fromFile.exitCode == 0 && fromStdin.exitCode == 0)
            #expect(received.all.map(\.body) == [body, body])
            #expect(fromFile.stdout.hasPrefix("payment.purchase (retry 0) -> "))
        }
    }

    @Test(arguments: [
        (["--bogus"], "Unknown option '--bogus'"),
        (["--timeout", "7x"], "unknown unit 'x'"),
        (["--timeout", "7"], "has no unit"),
        (["--data", "/nonexistent/body.json"], "cannot read --data '/nonexistent/body.json'"),
        (["--retry=-1"], "--retry must be from 0 to 6"),
        (["--retry", "7"], "--retry must be from 0 to 6: Yuno sends 0 on its first try and 6 on its seventh and last"),
        (["--connect-timeout", "0s"], "--connect-timeout must be longer than 0s"),
        // A line break in a header value would add header lines of its own to the delivery.
        (["--api-key", "ak\r\nx-evil: 1"], "--api-key (or $YUNO_API_KEY) contains a line break"),
        (["--secret", "sec\nx-evil: 1"], "--secret (or $YUNO_SECRET) contains a line break"),
        (["--api-key", "pasted-key "], "--api-key (or $YUNO_API_KEY) begins or ends with a space, which HTTP strips from a header value"),
        (["--oauth2-url", "http://127.0.0.1:9/t", "--oauth2-client-id", "id\r\nx-evil: 1", "--oauth2-client-secret", "s"],
         "--oauth2-client-id contains a line break"),
    ])
    func badInputExitsTwoWithOneLineAndSendsNothing(extra: [String], message: String) async throws {
        try await withMerchant { url, received in
            let result = try await ChildProcess.run(["send", "payment.purchase", "--to", url] + extra)
            #expect(result.exitCode == 2)
            #expect(result.stderr.contains(message))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stdout.isEmpty)
            #expect(received.all.isEmpty)
        }
    }

    @Test(arguments: ["ftp://127.0.0.1/x", "127.0.0.1:8080/hook", "http://", "not a url"])
    func malformedURLExitsTwo(url: String) async throws {
        let result = try await ChildProcess.run(["send", "payment.purchase", "--to", url])
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("yuno-sim: error: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func theReportShowsTheRetryTheBodyCarries() async throws {
        try await withMerchant { url, received in
            let set = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--set", "retry=5", "--json"])
            #expect(set.exitCode == 0)
            let object = try #require(JSONSerialization.jsonObject(with: Data(set.stdout.utf8)) as? [String: Any])
            #expect(object["retry"] as? Int == 5)
            #expect(received.all.first?.retry == 5)
        }
    }

    @Test func aCredentialInTheURLIsMaskedInTextAndJSON() async throws {
        try await withMerchant { url, received in
            let withKey = url + "?key=ak-in-the-url"
            let text = try await ChildProcess.run(["send", "payment.purchase", "--to", withKey, "--api-key", "ak-in-the-url"])
            let json = try await ChildProcess.run(["send", "payment.purchase", "--to", withKey, "--json"],
                                                  environment: ["YUNO_API_KEY": "ak-in-the-url"])
            #expect(text.exitCode == 0 && json.exitCode == 0)
            #expect(text.stdout.contains(url + "?key=***"))
            #expect(json.stdout.contains(url + "?key=***"))
            #expect(!(text.stdout + text.stderr + json.stdout + json.stderr).contains("ak-in-the-url"))
            #expect(received.all.count == 2)
        }
    }

    @Test(arguments: [
        ["--to", "ftp://127.0.0.1:9/x?k=ak-quoted-by-the-parser", "--api-key", "ak-quoted-by-the-parser"],
        ["--to", "ftp://127.0.0.1:9/x?k=ak-quoted-by-the-parser", "--hmac-secret=ak-quoted-by-the-parser"],
        ["--to", "http://user:ak-quoted-by-the-parser@127.0.0.1:9/x"],
        ["--to=http://user:ak-quoted-by-the-parser@127.0.0.1:9/x"],
    ])
    func anArgumentErrorShowsNoCredential(arguments: [String]) async throws {
        let result = try await ChildProcess.run(["send", "payment.purchase"] + arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("yuno-sim: error: "))
        #expect(!result.stderr.contains("ak-quoted-by-the-parser"))
    }

    @Test func fortyMebibyteAnswerDoesNotGrowTheProcess() async throws {
        let chunk = ByteBuffer(repeating: UInt8(ascii: "z"), count: 64 * 1024)
        let router = Router()
        router.post("/small") { _, _ in Response(status: .ok) }
        router.post("/large") { _, _ -> Response in
            Response(status: .ok, body: ResponseBody(contentLength: 640 * chunk.readableBytes) { writer in
                for _ in 0..<640 { try await writer.write(chunk) }
                try await writer.finish(nil)
            })
        }
        let server = HTTPServer(router: router)
        // Three runs of each, compared by their smallest peak: one run of a process can be
        // several MiB above another of the same process when the machine is busy.
        let (small, large) = try await server.withRunning { port in
            let base = server.baseURL(port: port)
            var small: [ChildProcess.MeasuredResult] = [], large: [ChildProcess.MeasuredResult] = []
            for _ in 0..<3 {
                small.append(try await ChildProcess.runMeasuringMemory(["send", "payment.purchase", "--to", base + "/small", "--json"]))
                large.append(try await ChildProcess.runMeasuringMemory(["send", "payment.purchase", "--to", base + "/large", "--json"]))
            }
            return (small, large)
        }
        #expect(small.allSatisfy { $0.exitCode == 0 } && large.allSatisfy { $0.exitCode == 0 })
        #expect(large.allSatisfy { $0.stdout.contains("\"bytes_received\":41943040") })
        // Reading 40 MiB must not cost 40 MiB: the body is cut at 64 KiB and the rest dropped.
        // 16 MiB of slack: inside the full suite a large run sat up to 10.6 MiB above a small one
        // (0.9.0's binary too, so not the answer's bytes), while alone it costs ~0.1 MiB.
        let smallest = (small: small.map(\.maxResidentKiB).min() ?? 0, large: large.map(\.maxResidentKiB).min() ?? .max)
        #expect(smallest.large - smallest.small < 16 * 1024)
    }
}
