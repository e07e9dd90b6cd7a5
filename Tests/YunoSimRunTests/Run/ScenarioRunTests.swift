import Foundation
import Glibc
import Testing
import YunoMerchant
import YunoSimCore
@testable import YunoSimRun
import YunoSimTesting

/// `run` in-process: scenarios checked up front, delivered, summarised, reported. One at a time:
/// a signal reaches every run of the process, and one test sends a real one.
@Suite(.serialized) struct ScenarioRunTests {
    private func run(_ paths: [String], settings: ScenarioRun.Settings = .init()) async throws -> (RunOutcome, String) {
        let captured = CapturedOutput()
        let outcome = try await ScenarioRun(scenarios: paths, settings: settings).run(output: captured.output) {
            Issue.record("a second signal where none was sent")
        }
        return (outcome, captured.text)
    }

    private func refusal(_ paths: [String], settings: ScenarioRun.Settings = .init()) -> String? {
        do {
            _ = try ScenarioRun(scenarios: paths, settings: settings)
            return nil
        } catch let error as InputError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func aScenarioWithTheBuiltInMerchantPasses() async throws {
        let file = try ScenarioFile("""
            version: 1
            name: recovers
            merchant: {fail_below_retry: 1}
            events: [{id: p, event: payment.purchase}]
            """)
        let (outcome, output) = try await run([file.path])
        #expect(outcome == .passed)
        #expect(output.contains("recovers"))
        #expect(output.contains("PASS"))
    }

    @Test func failedExpectationFailsAndSaysWhatHappened() async throws {
        let file = try ScenarioFile("""
            version: 1
            name: expects too much
            merchant: {fail_below_retry: 4}
            events:
              - {id: p, event: payment.purchase}
            expect:
              - {event: p, attempt: 4}
            """)
        let (outcome, output) = try await run([file.path])
        #expect(outcome == .failed)
        #expect(output.contains("expected delivery on attempt 4; delivered on attempt 5 at +24h after 4 × HTTP 500"))
    }

    @Test func aScenarioWithNowhereToDeliverIsRefusedUpFront() throws {
        let file = try ScenarioFile("version: 1\nevents: [{event: payment.purchase}]\n")
        #expect(refusal([file.path])?.hasPrefix("\(file.path):1:1: missing key 'endpoint' in scenario") == true)
    }

    @Test func oauth2WithoutTheBuiltInMerchantNeedsATokenURL() throws {
        let file = try ScenarioFile("""
            version: 1
            merchant: {}
            endpoint: {oauth2: {client_id: c, client_secret: s}}
            events: [{event: payment.purchase}]
            """)
        #expect(refusal([file.path]) == nil)
        let target = try WebhookURL("http://127.0.0.1:1/hook")
        #expect(refusal([file.path], settings: .init(target: target))
            == "\(file.path): endpoint.oauth2 needs authentication_url when the built-in merchant does not run")
    }

    @Test func aReportThatCannotBeWrittenIsRefusedBeforeAnythingIsSent() async throws {
        let received = DeliveryLog()
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0)) { received.append($0) }
        try await merchant.withRunning { url in
            let text = "version: 1\nendpoint: {url: \"\(url)\"}\nevents: [{event: payment.purchase}]\n"
            let file = try ScenarioFile(text)
            let folder = FileManager.default.temporaryDirectory.path
            for (settings, message) in [
                (ScenarioRun.Settings(reports: ReportFiles(junit: file.path)), "it is also \(file.path), which it would overwrite"),
                (ScenarioRun.Settings(reports: ReportFiles(html: folder)), "it is a directory"),
                (ScenarioRun.Settings(reports: ReportFiles(json: "/nonexistent-folder/r.json")), "/nonexistent-folder is not a writable folder"),
                (ScenarioRun.Settings(journal: file.path), "it is also \(file.path)"),
                // The journal and a report in one file would overwrite each other.
                (ScenarioRun.Settings(journal: folder + "/yuno-same.jsonl", reports: ReportFiles(json: folder + "/yuno-same.jsonl")),
                 "which it would overwrite"),
            ] {
                let refused = refusal([file.path], settings: settings)
                #expect(refused?.contains(message) == true, "\(refused ?? "accepted")")
            }
            #expect(try String(contentsOfFile: file.path, encoding: .utf8) == text)
            #expect(received.all.isEmpty)
        }
    }

    @Test func reportsAndJournalAreWrittenAndAnEarlierRunsAreReplaced() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try ScenarioFile("version: 1\nname: two\nmerchant: {}\nevents: [{event: payment.purchase}, {event: payment.refund}]\n")
        let reports = ReportFiles(junit: folder.appendingPathComponent("junit.xml").path,
                                  html: folder.appendingPathComponent("report.html").path,
                                  json: folder.appendingPathComponent("report.json").path)
        for path in [reports.junit, reports.html, reports.json].compactMap({ $0 }) { try Data("stale".utf8).write(to: URL(fileURLWithPath: path)) }
        let journal = folder.appendingPathComponent("journal.jsonl").path
        let (outcome, _) = try await run([file.path], settings: .init(journal: journal, reports: reports))
        #expect(outcome == .passed)
        #expect(try String(contentsOfFile: try #require(reports.junit), encoding: .utf8).hasPrefix("<?xml"))
        #expect(try String(contentsOfFile: try #require(reports.json), encoding: .utf8).hasPrefix("{"))
        #expect(try String(contentsOfFile: try #require(reports.html), encoding: .utf8).contains("<html"))
        let records = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        #expect(records.filter { !$0.contains("\"record\"") }.count == 2)
    }

    /// A real SIGTERM to this process reaches the interruption through `UnixSignalsSequence`
    /// while it handles signals, instead of killing the test runner.
    @Test func aRealSignalArrivesThroughTheSignalSequence() async throws {
        let errors = CapturedOutput()
        let interruption = Interruption(errors: errors.output) {}
        let cancelled = try await interruption.handlingSignals {
            try await interruption.cancellable {
                kill(getpid(), SIGTERM)
                for await _ in AsyncStream<Void>.makeStream().stream {}
                return Task.isCancelled
            }
        }
        #expect(cancelled)
        #expect(interruption.happened)
        #expect(errors.text.contains("interrupted: finishing attempts in flight"))
    }
}
