import Foundation
import Hummingbird
import Testing
import YunoSimTesting
import YunoMerchant
import YunoSimCore

/// Reports of `run` and `report` as a user gets them: JUnit, JSON, HTML, exit codes, signals.
@Suite struct ReportCommandTests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    private func scenario(_ text: String) throws -> String {
        let url = file("scenario-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func reportFlags() -> [String] {
        ["--junit", file("junit.xml").path, "--report-json", file("report.json").path, "--html", file("report.html").path,
         "--journal", file("journal.jsonl").path]
    }

    @Test func aShortCredentialDoesNotBreakTheJournalsJoinOfAttemptsToEvents() async throws {
        // Instance ids e#1, e#2, e#3 and an api_key of "2": masked ids no longer match their events.
        let path = try scenario("""
            version: 1
            name: short key
            merchant: {}
            endpoint: {api_key: "2"}
            retry: {schedule: [0s]}
            events: [{id: e, event: payment.purchase, repeat: {count: 3}}]
            """)
        let journal = file("short-key.jsonl").path
        let run = try await ChildProcess.run(["run", path, "--journal", journal])
        #expect(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
        let report = try await ChildProcess.run(["report", journal])
        #expect(report.exitCode == 0, "\(report.stdout)\(report.stderr)")
        #expect(try String(contentsOfFile: journal, encoding: .utf8).contains(#""event_id":"e#2""#))
    }

    @Test func failedExpectationExitsOneWithAJUnitFailureSayingWhatHappened() async throws {
        let path = try scenario("""
            version: 1
            name: expects too much
            merchant: {fail_below_retry: 4}
            clock: {start: 2026-03-01T12:00:00Z}
            events:
              - {id: p, event: payment.purchase}
              - {id: q, event: payment.purchase, at: 1m}
            expect:
              - {event: p, attempt: 4}
              - {event: q, within: 5}
            """)
        let before = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let result = try await ChildProcess.run(["run", path, "--junit", file("junit.xml").path])
        let after = Date()
        #expect(result.exitCode == 1)
        let junit = try JUnitDocument(contentsOf: file("junit.xml"))
        // When the drill ran, not the scenario's virtual start.
        let timestamp = try #require(junit.suites.first?["timestamp"].flatMap { try? Date("\($0)Z", strategy: .iso8601) })
        #expect(timestamp >= before && timestamp <= after)
        #expect(junit.suites.map { $0["name"] } == ["expects too much"])
        #expect(junit.suites.first?["tests"] == "2" && junit.suites.first?["failures"] == "1")
        #expect(junit.cases.map(\.name) == ["p: delivery on attempt 4", "q: delivery within 5 attempts"])
        #expect(junit.cases[0].failure == "p: expected delivery on attempt 4; delivered on attempt 5 at +24h after 4 × HTTP 500")
        #expect(junit.cases[1].failure == nil)
        #expect(junit.cases.allSatisfy { $0.time != nil && $0.classname == "expects too much" })
    }

    @Test func withoutExpectationsEveryEventIsATestCase() async throws {
        let path = try scenario("""
            version: 1
            name: three <events> & "quotes"
            merchant: {fail_below_retry: 1}
            events:
              - {id: a, event: payment.purchase}
              - {id: b, event: payment.refund}
              - {id: c, event: payment.purchase, repeat: {count: 5, every: 1m}}
            """)
        let result = try await ChildProcess.run(["run", path] + reportFlags())
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        let junit = try JUnitDocument(contentsOf: file("junit.xml"))
        #expect(junit.suites.map { $0["name"] } == ["three <events> & \"quotes\""])
        #expect(junit.cases.map(\.name) == ["a: delivery", "b: delivery", "c: delivery"])
        #expect(junit.cases.allSatisfy { $0.failure == nil })
        #expect(junit.rootAttributes["tests"] == "3" && junit.rootAttributes["failures"] == "0")

        let report = try json(file("report.json"))
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        let events = try #require(scenarios.first?["events"] as? [[String: Any]])
        #expect(events.count == 7)
        #expect(events.allSatisfy { ($0["attempts"] as? [Any])?.count == 2 && $0["outcome"] as? String == "delivered" })
        #expect((scenarios.first?["totals"] as? [String: Any])?["attempts"] as? Int == 14)

        let html = try String(contentsOf: file("report.html"), encoding: .utf8)
        // One timeline per event: a and b, and one for the repeated group c.
        #expect(html.components(separatedBy: "<svg class=\"timeline\"").count - 1 == 3)
        for reference in ["src=", "href=", "url(", "@import", "<link", "<script"] {
            #expect(!html.contains(reference), "\(reference)")
        }
        #expect(!html.contains("<events>"))
        #expect(result.stdout.contains("c ×5"))
        #expect(result.stdout.contains("latency   p50"))
    }

    @Test func invalidScenarioExitsTwoAndWritesNoReport() async throws {
        let path = try scenario("""
            version: 1
            merchant: {}
            events:
              - {id: bad, event: payment.purchse}
            """)
        let result = try await ChildProcess.run(["run", path] + reportFlags())
        #expect(result.exitCode == 2)
        for name in ["junit.xml", "report.json", "report.html", "journal.jsonl"] {
            #expect(!FileManager.default.fileExists(atPath: file(name).path), "\(name)")
        }
    }

    @Test func reportRebuildsTheRunsReportFromItsJournal() async throws {
        let scenario = ChildProcess.packageRoot.appendingPathComponent("scenarios/retry-exhausted.yaml").path
        let run = try await ChildProcess.run(["run", scenario] + reportFlags())
        let rebuilt = try await ChildProcess.run(["report", file("journal.jsonl").path, "--report-json", file("rebuilt.json").path,
                                                  "--junit", file("rebuilt.xml").path])
        #expect(rebuilt.exitCode == run.exitCode)
        func essentials(_ url: URL) throws -> String {
            let report = try json(url)
            let scenarios = try #require(report["scenarios"] as? [[String: Any]])
            let kept: [[String: Any]] = scenarios.map { ["events": $0["events"] ?? [], "expectations": $0["expectations"] ?? [],
                                                          "totals": $0["totals"] ?? [:], "passed": $0["passed"] ?? false] }
            return String(decoding: try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys]), as: UTF8.self)
        }
        let original = try essentials(file("report.json"))
        #expect(original.contains("\"attempt_count\":7"))
        #expect(try essentials(file("rebuilt.json")) == original)
        #expect(try JUnitDocument(contentsOf: file("rebuilt.xml")).cases.map(\.name)
            == JUnitDocument(contentsOf: file("junit.xml")).cases.map(\.name))
    }

    @Test func noConfiguredSecretAppearsInAnyOutput() async throws {
        let secrets = ["k-7f3a-api-key", "s-91c2-secret", "h-55e0-hmac-secret"]
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(
            port: 0, credentials: EndpointCredentials(apiKey: secrets[0], secret: secrets[1], hmacSecret: secrets[2])))
        try await merchant.withRunning { url in
            // The URL carries a secret too, as some merchants' webhook URLs do.
            let path = try scenario("""
                version: 1
                name: secret \(secrets[1])
                endpoint: {url: "\(url)?token=\(secrets[0])", api_key: \(secrets[0]), secret: \(secrets[1]), hmac_secret: \(secrets[2])}
                events:
                  - {id: p, event: payment.purchase}
                  - {id: q, event: payment.purchase, repeat: {count: 2}}
                """)
            let run = try await ChildProcess.run(["run", path] + reportFlags())
            #expect(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
            let report = try await ChildProcess.run(["report", file("journal.jsonl").path, "--html", file("rebuilt.html").path])
            var outputs = [run.stdout, run.stderr, report.stdout, report.stderr]
            for name in ["junit.xml", "report.json", "report.html", "journal.jsonl", "rebuilt.html"] {
                outputs.append(try String(contentsOf: file(name), encoding: .utf8))
            }
            #expect(outputs[0].contains("token=***"))
            for (index, output) in outputs.enumerated() {
                for secret in secrets { #expect(!output.contains(secret), "output \(index) shows \(secret)") }
            }
        }
    }

    @Test func sigintStopsASpeedOneRunWithACompleteJournalAndAnInterruptedReport() async throws {
        let path = try scenario("""
            version: 1
            name: slow drill
            clock: {speed: 1}
            merchant: {fail_below_retry: 7}
            events:
              - {id: p, event: payment.purchase}
            """)
        let second = try scenario("version: 1\nname: never started\nmerchant: {}\nevents: [{event: payment.refund}]\n")
        let journal = file("journal.jsonl")
        let process = try await LineProcess(["run", path, second, "--journal", journal.path, "--report-json", file("report.json").path,
                                       "--junit", file("junit.xml").path])
        // The scenario heading is printed before anything is sent; the first attempt is due at once.
        _ = await process.nextLine()
        var attempts = 0
        for _ in 0..<600 where attempts == 0 {
            attempts = ((try? String(contentsOf: journal, encoding: .utf8)) ?? "")
                .split(separator: "\n").filter { !$0.contains("\"record\"") }.count
            if attempts == 0 { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(attempts >= 1)
        #expect(try await process.interrupt() == 130)
        var output: [String] = []
        while let line = await process.nextLine() { output.append(line) }
        #expect(output.last == "skipped  \(second): the run was interrupted before it started")
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.last?["record"] as? String == "scenario_end")
        #expect(objects.last?["interrupted"] as? Bool == true)
        // The clock ran until the interruption, not only until the first attempt at +0s.
        #expect(((objects.last?["virtual_elapsed_s"] as? NSNumber)?.doubleValue ?? 0) > 0)
        let report = try json(file("report.json"))
        #expect(report["interrupted"] as? Bool == true)
        let junit = try JUnitDocument(contentsOf: file("junit.xml"))
        #expect(junit.properties["interrupted"] == "true")
        #expect(junit.cases.contains { $0.error != nil })
    }

    @Test(.timeLimit(.minutes(1)))
    func secondSigintExitsAtOnceWithoutWaitingForTheAttemptInFlight() async throws {
        // A merchant that takes the request and never answers: the attempt stays in flight
        // for its 23 s timeout unless the second signal cuts the run short.
        let (arrivals, arrived) = AsyncStream<Void>.makeStream()
        let (release, released) = AsyncStream<Void>.makeStream()
        let router = Router()
        router.post("/hang") { _, _ -> Response in
            arrived.yield()
            // Held until the test is done, so the server can then shut down.
            for await _ in release {}
            return Response(status: .ok)
        }
        let server = HTTPServer(router: router)
        let journal = file("journal.jsonl")
        // Reports of an earlier, passing run: a run killed before writing its own must not leave
        // them looking like its result.
        let stale = [file("junit.xml"), file("report.html"), file("report.json")]
        for url in stale { try Data("<testsuites failures=\"0\"/>".utf8).write(to: url) }
        let code = try await server.withRunning { port in
            let path = try scenario("""
                version: 1
                name: hanging merchant
                endpoint: {url: "\(server.baseURL(port: port))/hang"}
                events:
                  - {id: p, event: payment.purchase}
                """)
            let process = try await LineProcess(["run", path, "--journal", journal.path, "--junit", stale[0].path,
                                           "--html", stale[1].path, "--report-json", stale[2].path], readingStandardError: true)
            for await _ in arrivals { break }
            await process.sendInterrupt()
            // Only once the first signal is handled: two signals sent together may arrive as one.
            while let line = await process.nextLine(), !line.contains("interrupted") {}
            let code = try await process.interrupt()
            released.finish()
            return code
        }
        #expect(code == 130)
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
        let records = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["record"] as? String }
        // The scenario line is there, whole; the end line of a finished run is not.
        #expect(records == ["scenario"])
        #expect(stale.allSatisfy { !FileManager.default.fileExists(atPath: $0.path) })
    }
}
