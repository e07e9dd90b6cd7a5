import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import Testing
import YunoSimTesting
import YunoMerchant
import YunoSimCore

/// `yuno-sim check` as a child process: exit codes, `--json`, `--junit`, no secret printed.
@Suite struct CheckCommandTests {
    private let secrets = ["--api-key", "ck-api", "--secret", "ck-secret", "--hmac-secret", "ck-hmac"]

    private func withMerchant<Result: Sendable>(status: Int = 200, _ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let credentials = EndpointCredentials(apiKey: "ck-api", secret: "ck-secret", hmacSecret: "ck-hmac")
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0, credentials: credentials, status: status))
        return try await merchant.withRunning(body)
    }

    @Test func theReferenceMerchantPassesWithJSONAndJUnit() async throws {
        let junit = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: junit) }
        let result = try await withMerchant { url in
            try await ChildProcess.run(["check", url, "--json", "--junit", junit.path] + secrets)
        }
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let probes = try #require(document["probes"] as? [[String: Any]])
        #expect(document["passed"] as? Bool == true)
        // Every probe passes but the bearer-token forgeries, skipped without OAuth2 flags.
        #expect(probes.filter { $0["verdict"] as? String != "PASS" }.compactMap { $0["id"] as? String }
            == ["forgery.missing_bearer", "forgery.wrong_bearer"])
        #expect((document["events"] as? [Any])?.count == EventCatalogue.yuno.entries.count)

        let cases = try JUnitCases(contentsOf: junit)
        #expect(cases.names.count == probes.count)
        #expect(cases.names.first == "delivery: Every event gets 200")
        #expect(cases.failures == 0)
        for secret in ["ck-api", "ck-secret", "ck-hmac"] {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
    }

    @Test func twoHundredFourExitsOneWithAFailureInJUnit() async throws {
        let junit = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: junit) }
        let result = try await withMerchant(status: 204) { url in
            // A credential some merchants also put in the URL is masked there too.
            try await ChildProcess.run(["check", url + "?key=ck-secret", "--events", "payment.*", "--junit", junit.path] + secrets)
        }
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("?key=***"))
        #expect(try !String(contentsOf: junit, encoding: .utf8).contains("ck-secret"))
        #expect(!result.stdout.contains("ck-secret"))
        #expect(result.stdout.contains("FAIL  Every event gets 200: 9 of 9 events answered HTTP 204; Yuno treats only 200 as received"))
        let cases = try JUnitCases(contentsOf: junit)
        #expect(cases.failures >= 1)
        #expect(cases.names.count == 2 + ConformanceProbe.standard.count)
    }

    @Test func aJUnitFileThatCannotBeWrittenIsRefusedBeforeAnythingIsSent() async throws {
        let received = DeliveryLog()
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0)) { received.append($0) }
        let result = try await merchant.withRunning { url in
            try await ChildProcess.run(["check", url, "--junit", "/nonexistent-folder/check.xml"])
        }
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("cannot write --junit /nonexistent-folder/check.xml: /nonexistent-folder is not a writable folder"))
        #expect(received.all.isEmpty)
    }

    @Test(arguments: [
        (["--events", "paymnet.*"], "matches no catalogue event"),
        (["--timeout-retry", "7"], "has no unit"),
        (["--bogus"], "Unknown option '--bogus'"),
    ])
    func badUsageExitsTwoAndSendsNothing(extra: [String], message: String) async throws {
        let result = try await ChildProcess.run(["check", "http://127.0.0.1:9/hook"] + extra)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }
}

/// The testcases of a JUnit file, read back with Foundation's XMLParser.
private final class JUnitCases: NSObject, XMLParserDelegate {
    private(set) var names: [String] = []
    private(set) var failures = 0

    init(contentsOf url: URL) throws {
        super.init()
        guard let parser = XMLParser(contentsOf: url) else { throw CocoaError(.fileReadNoSuchFile) }
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if element == "testcase" { names.append(attributes["name"] ?? "") }
        if element == "failure" { failures += 1 }
    }
}
