import Foundation
import Testing
import YunoSimTesting
import YunoMerchant
import YunoSimCore

/// `yuno-sim run` as a child process: scenarios, the built-in merchant, journals, exit codes.
@Suite struct RunCommandTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func scenarioFile(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-run-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func everyShippedScenarioRunsSelfContainedAndPasses() async throws {
        let directory = Self.root.appendingPathComponent("scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 5)
        for file in files {
            let result = try await ChildProcess.run(["run", directory.appendingPathComponent(file).path])
            #expect(result.exitCode == 0, "\(file): \(result.stdout) \(result.stderr)")
            #expect(result.stdout.contains("PASS"), "\(file)")
        }
    }

    @Test func drillRecoversOnTheFourthAttemptAndTheJournalSaysSo() async throws {
        let journal = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-journal-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: journal) }
        let scenario = Self.root.appendingPathComponent("scenarios/retry-recovers.yaml").path
        let result = try await ChildProcess.run(["run", scenario, "--journal", journal.path])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("delivered on attempt 4 at +6h after 3 × HTTP 500"))
        #expect(result.stdout.contains("+0s HTTP 500 · +5m HTTP 500 · +50m HTTP 500 · +6h HTTP 200"))
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
        let records = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
            .filter { $0["record"] == nil }
        #expect(records.map { $0["retry"] as? Int } == [0, 1, 2, 3])
        #expect(records.map { $0["planned_offset_s"] as? Double } == [0, 300, 3_000, 21_600])
        #expect(records.map { $0["outcome"] as? String } == ["failed", "failed", "failed", "delivered"])
        let journalText = try String(contentsOf: journal, encoding: .utf8)
        for secret in ["demo-api-key", "demo-secret", "demo-hmac-secret"] {
            #expect(!journalText.contains(secret) && !result.stdout.contains(secret))
        }
    }

    @Test func invalidScenarioExitsTwoWithPositionsAndSendsNothing() async throws {
        let received = DeliveryLog()
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0)) { received.append($0) }
        try await merchant.withRunning { url in
            let file = try scenarioFile("""
                version: 1
                endpoint: {url: "\(url)"}
                events:
                  - {id: ok, event: payment.purchase}
                  - {id: bad, event: payment.purchse, at: 5x}
                """)
            defer { try? FileManager.default.removeItem(at: file) }
            let result = try await ChildProcess.run(["run", file.path])
            #expect(result.exitCode == 2)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.allSatisfy { $0.hasPrefix("\(file.path):5:") })
            #expect(result.stderr.contains("did you mean 'payment.purchase'?"))
            #expect(received.all.isEmpty)
        }
    }

    @Test func targetSendsToARealMerchantInstead() async throws {
        let received = DeliveryLog()
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0)) { received.append($0) }
        try await merchant.withRunning { url in
            let scenario = Self.root.appendingPathComponent("scenarios/quickstart.yaml").path
            let result = try await ChildProcess.run(["run", scenario, "--target", url, "--seed", "42"])
            #expect(result.exitCode == 0)
            #expect(result.stdout.contains(url))
            #expect(!received.all.isEmpty)
        }
    }

    /// The README's drill for a merchant's own endpoint: it passes when the endpoint recovers
    /// within Yuno's seven attempts, and fails when it never answers 200.
    @Test(arguments: [(2, 200, 0, 3), (0, 500, 1, 7)])
    func theEndpointDrillJudgesTheTargetNotTheBuiltInMerchant(failBelowRetry: Int, status: Int, exitCode: Int32, attempts: Int) async throws {
        let received = DeliveryLog()
        let credentials = EndpointCredentials(apiKey: "drill-key", secret: "drill-secret", hmacSecret: "drill-hmac")
        let configuration = MerchantConfiguration(port: 0, credentials: credentials, failBelowRetry: failBelowRetry, status: status)
        let merchant = ReferenceMerchant(configuration: configuration) { received.append($0) }
        let scenario = Self.root.appendingPathComponent("scenarios/endpoint-drill.yaml").path
        let result = try await merchant.withRunning { url in
            try await ChildProcess.run(["run", scenario, "--target", url, "--speed", "1000000"], environment: [
                "YUNO_API_KEY": "drill-key", "YUNO_SECRET": "drill-secret", "YUNO_HMAC_SECRET": "drill-hmac",
            ])
        }
        #expect(result.exitCode == exitCode, "\(result.stdout)")
        #expect(received.all.count == 5 * attempts)
        #expect(received.all.allSatisfy { $0.apiKey == .passed && $0.secret == .passed && $0.signature == .passed })
    }

    /// At 100000x, a 50 ms answer is 83 virtual minutes: retry 1, planned at 5 m, goes out late,
    /// and the summary says why. On the instant clock nothing is late.
    @Test(arguments: [("100000", true), ("instant", false)])
    func attemptsPushedOffTheScheduleBySlowAnswersAreNoted(speed: String, noted: Bool) async throws {
        let file = try scenarioFile("""
            version: 1
            merchant: {fail_below_retry: 2, delay: 50ms}
            events: [{id: p, event: payment.purchase}]
            """)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await ChildProcess.run(["run", file.path, "--speed", speed])
        #expect(result.exitCode == 0)
        // How many are late depends on this machine's answer times; at least retry 1 is.
        let note = " went out more than 10 % later than Yuno's schedule: "
            + "each real second the endpoint takes to answer is 100000 virtual seconds; a lower --speed keeps to the schedule"
        #expect(result.stdout.contains(note) == noted, "\(result.stdout)")
        #expect(result.stdout.contains("note ") == noted)
    }

    @Test func aSeedMakesEveryBodyByteIdenticalAcrossRunsAccountIDIncluded() async throws {
        let received = DeliveryLog()
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0)) { received.append($0) }
        // Times come from the clock, so the scenario pins its start; ids, amounts, names and
        // the account come from the seed.
        let file = try scenarioFile("""
            version: 1
            merchant: {}
            clock: {start: 2026-03-01T12:00:00Z}
            events:
              - {id: p, event: payment.purchase}
              - {id: f, event: payment.fraud_screening, at: 1m}
            """)
        defer { try? FileManager.default.removeItem(at: file) }
        let bodies = try await merchant.withRunning { url in
            var bodies: [[String]] = []
            for seed in ["42", "42", "43"] {
                let before = received.all.count
                let result = try await ChildProcess.run(["run", file.path, "--target", url, "--seed", seed])
                #expect(result.exitCode == 0)
                bodies.append(received.all.dropFirst(before).map { String(decoding: $0.body, as: UTF8.self) }.sorted())
            }
            return bodies
        }
        #expect(bodies[0].count == 2)
        let sameSeedSameBytes = bodies[0] == bodies[1]
        let otherSeedOtherBytes = bodies[0] != bodies[2]
        #expect(sameSeedSameBytes)
        #expect(otherSeedOtherBytes)
    }

    @Test(arguments: [
        (["--speed", "1e19"], "clock speed must be from 0.001 to 1000000"),
        (["--speed", "0x10"], "'0x10' is not a clock speed; write instant or a number"),
        // A negative number after a space is read as the value, not as an unknown flag.
        (["--speed", "-1"], "clock speed must be a positive number"),
        (["--concurrency", "-3"], "--concurrency must be at least 1"),
        (["--curl-threads", "10000"], "--curl-threads must be from 1 to 64"),
    ])
    func outOfRangeFlagsExitTwoBeforeAnythingIsSent(extra: [String], message: String) async throws {
        let scenario = Self.root.appendingPathComponent("scenarios/quickstart.yaml").path
        let result = try await ChildProcess.run(["run", scenario] + extra)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }

    @Test func unsetVariableIsAnErrorBeforeAnythingIsSent() async throws {
        let file = try scenarioFile("""
            version: 1
            endpoint: {url: "${YUNO_SIM_TEST_SURELY_UNSET_URL}"}
            events:
              - {id: p, event: payment.purchase}
            """)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await ChildProcess.run(["run", file.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("YUNO_SIM_TEST_SURELY_UNSET_URL"))
        #expect(result.stderr.hasPrefix("\(file.path):2:"))
    }
}
