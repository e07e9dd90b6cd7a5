import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import YunoSimCore

/// The report model and renderers without a network: a run rebuilt from journal text.
@Suite struct ReportRenderingTests {
    private static let secret = "s3cr&t<x>"

    /// A journal of one scenario whose event failed twice, then was delivered, as `run` writes it.
    private static func journal(interrupted: Bool?) throws -> String {
        let scenario = ScenarioRecord(
            name: "drill \(secret)", path: "drill.yaml", url: "http://127.0.0.1:9/hook?k=\(secret)", builtInMerchant: false,
            clock: .instant, start: Date(timeIntervalSince1970: 1_772_366_400), schedule: .yuno,
            events: [try ScheduledEvent(id: "p", event: EventName("payment.purchase"))],
            expectations: [try Expectation(eventID: "p", attempt: 2)]
        )
        var lines = ["{\"record\":\"scenario\"," + String(decoding: JSONValue.object(scenario.json(redact: .none)).bytes.dropFirst(), as: UTF8.self)]
        for (attempt, offset, status) in [(1, 0, 500), (2, 300, 500), (3, 3_000, 200)] {
            lines.append("""
                {"event_id":"p","type_event":"payment.purchase","attempt":\(attempt),"retry":\(attempt - 1),"planned_offset_s":\(offset),\
                "virtual_offset_s":\(offset),"scenario_time_s":\(offset),"virtual_time":"2026-03-01T12:00:00.000Z",\
                "wall_time":"2026-01-01T00:00:00.000Z","url":"http://127.0.0.1:9/hook","status":\(status),\
                "outcome":"\(status == 200 ? "delivered" : "failed")","error":\(status == 200 ? "null" : "\"http_status\""),\
                "latency_ms":\(attempt).5,"signature":"c2ln"}
                """)
        }
        if let interrupted {
            lines.append("{\"record\":\"scenario_end\",\"interrupted\":\(interrupted),\"attempts\":3,\"virtual_elapsed_s\":3000,\"real_elapsed_s\":0.25}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func progressLineShowsVirtualTimeInWholeSeconds() {
        var progress = RunProgress(instances: 2, scheduleLength: 7)
        #expect(progress.line(at: .seconds(2_162) + .milliseconds(499)).hasPrefix("+36m2s  delivered 0  pending 2"))
        #expect(progress.line(at: .milliseconds(999)).hasPrefix("+0s  "))
        #expect(progress.line(at: .seconds(97 * 3_600)).hasPrefix("+97h  "))
        progress.delivered = 1
        #expect(progress.line(at: .zero).contains("delivered 1  pending 1"))
    }

    @Test func progressCountsDeliveredExhaustedAndFailures() {
        func record(_ id: String, attempt: Int, delivered: Bool) -> AttemptRecord {
            AttemptRecord(
                eventID: id, typeEvent: "payment.purchase", attempt: attempt, retry: attempt - 1,
                plannedOffset: .zero, virtualOffset: .seconds(attempt * 300), scenarioTime: .seconds(attempt * 300),
                virtualTime: Date(timeIntervalSince1970: 0), wallTime: Date(timeIntervalSince1970: 0), url: "http://127.0.0.1/",
                status: delivered ? 200 : 500, error: delivered ? nil : .httpStatus(500), latency: .zero, signature: nil
            )
        }
        var progress = RunProgress(instances: 3, scheduleLength: 2)
        for attempt in [record("a", attempt: 1, delivered: false), record("b", attempt: 1, delivered: false),
                        record("a", attempt: 2, delivered: true), record("b", attempt: 2, delivered: false)] {
            progress.count(attempt)
        }
        #expect([progress.delivered, progress.exhausted, progress.pending] as [Int] == [1, 1, 1])
        #expect([progress.attempts, progress.failures] as [Int] == [4, 3])
        #expect(progress.virtualTime == .seconds(600))
    }

    @Test func journalRebuildsOutcomesExpectationsAndLatency() throws {
        let report = try JournalReader.report(from: Self.journal(interrupted: false), source: "j.jsonl")
        let scenario = try #require(report.scenarios.first)
        #expect(scenario.result.outcomes.map(\.state) == [.delivered(attempt: 3, offset: .seconds(3_000))])
        #expect(scenario.verdicts.map(\.failureMessage)
            == ["p: expected delivery on attempt 2; delivered on attempt 3 at +50m after 2 × HTTP 500"])
        #expect(scenario.latency.count == 3)
        #expect(scenario.latency.max >= .microseconds(3_400) && scenario.latency.max <= .microseconds(3_600))
        #expect(!report.passed && !report.interrupted)
    }

    @Test func journalWithoutAnEndLineIsInterruptedAndACutLastLineIsIgnored() throws {
        let text = try Self.journal(interrupted: nil) + "{\"event_id\":\"p\",\"type_ev"
        let report = try JournalReader.report(from: text, source: "j.jsonl")
        #expect(report.interrupted)
        #expect(report.notes == ["j.jsonl:5: the last line is cut short (the run was killed while writing it) and is left out"])
        #expect(report.scenarios.first?.result.attemptCount == 3)
        #expect(JUnitReport.render(report, redact: .none).contains("the run was interrupted after 3 attempts; 0 events had not finished"))
    }

    @Test func aJournalWithCRLFLineEndsReadsLikeOneWithLF() throws {
        let text = try Self.journal(interrupted: false).replacingOccurrences(of: "\n", with: "\r\n")
        let report = try JournalReader.report(from: text, source: "j.jsonl")
        #expect(report.scenarios.first?.result.attemptCount == 3)
        #expect(!report.interrupted)
        #expect(report.notes.isEmpty)
    }

    /// Attempt lines alone (written by hand, or a scenario line lost): the reports say the clock
    /// is unknown instead of claiming one.
    @Test func aJournalOfAttemptsAloneDoesNotClaimAClock() throws {
        let attempts = try Self.journal(interrupted: nil).split(separator: "\n").filter { !$0.contains("\"record\"") }
        let report = try JournalReader.report(from: attempts.joined(separator: "\n"), source: "j.jsonl")
        let scenario = try #require(report.scenarios.first)
        #expect(scenario.scenario.clock == nil)
        #expect(TextReport.heading(scenario.scenario, redact: .none).contains("clock     unknown (the journal does not say), schedule yuno"))
        #expect(JUnitReport.render(report, redact: .none).contains("<property name=\"clock\" value=\"unknown (the journal does not say)\"/>"))
        #expect(scenario.scenario.json(redact: .none)["clock"] == .null)
        // A journal that has its scenario line keeps its clock.
        let full = try JournalReader.report(from: Self.journal(interrupted: false), source: "j.jsonl")
        #expect(full.scenarios.first?.scenario.clock == .instant)
    }

    /// CI tools merge suites and test cases of the same name: two scenarios named alike are told
    /// apart by their files, the same file given twice by a count.
    @Test func scenariosWithTheSameNameGetDistinctSuiteNames() throws {
        let one = try Self.journal(interrupted: false)
        let other = one.replacingOccurrences(of: #""path":"drill.yaml""#, with: #""path":"b/drill.yaml""#)
        #expect(other != one)
        let report = try JournalReader.report(from: one + other + one, source: "j.jsonl")
        let name = "drill \(Self.secret)"
        #expect(JUnitReport.suiteNames(report.scenarios) == ["\(name) (drill.yaml)", "\(name) (b/drill.yaml)", "\(name) (drill.yaml) #2"])
        let xml = JUnitReport.render(report, redact: .none)
        #expect(xml.contains(#"<testsuite name="drill s3cr&amp;t&lt;x&gt; (b/drill.yaml)""#))
        #expect(xml.contains(#"classname="drill s3cr&amp;t&lt;x&gt; (drill.yaml) #2""#))
        // One scenario keeps its plain name.
        let single = try JournalReader.report(from: one, source: "j.jsonl")
        #expect(JUnitReport.suiteNames(single.scenarios) == [name])
    }

    @Test func aFileOfWhichNoLineReadsIsNotCalledEmpty() {
        #expect {
            try JournalReader.report(from: "\u{7f}ELF\u{02}\u{01} not a journal", source: "j.jsonl")
        } throws: { error in
            "\(error)".contains("j.jsonl:1") && !"\(error)".contains("empty")
        }
    }

    @Test func attemptsOutOfOrderOrRepeatedAreRefusedWithTheirLine() throws {
        let lines = try Self.journal(interrupted: false).split(separator: "\n").map(String.init)
        let attemptLines = lines.indices.filter { !lines[$0].contains("\"record\"") }
        var reversed = lines
        for (from, to) in zip(attemptLines, attemptLines.reversed()) { reversed[to] = lines[from] }
        #expect {
            try JournalReader.report(from: reversed.joined(separator: "\n"), source: "j.jsonl")
        } throws: { error in
            "\(error)" == "j.jsonl:\(attemptLines[0] + 1): attempt 3 of 'p' comes after none; a journal lists each event's attempts once, in order (one run per scenario line)"
        }
        let attemptsOnly = attemptLines.map { lines[$0] }
        #expect(throws: InputError.self) {
            try JournalReader.report(from: (attemptsOnly + attemptsOnly).joined(separator: "\n"), source: "j.jsonl")
        }
    }

    @Test func brokenLineInTheMiddleNamesItsLine() throws {
        let text = "{\"nope\n" + (try Self.journal(interrupted: false))
        #expect(throws: InputError.self) { try JournalReader.report(from: text, source: "j.jsonl") }
    }

    @Test func markupIsEscapedAndSecretsMaskedBeforeEscaping() throws {
        let report = try JournalReader.report(from: Self.journal(interrupted: false), source: "j.jsonl")
        let redactor = Redactor(secrets: [Self.secret, "s3cr"])
        for output in [JUnitReport.render(report, redact: redactor), HTMLReport.render(report, redact: redactor),
                       JSONReport.render(report, redact: redactor)] {
            #expect(!output.contains("s3cr"))
            #expect(output.contains("***"))
        }
        let junit = JUnitReport.render(report, redact: .none)
        #expect(junit.contains("name=\"drill s3cr&amp;t&lt;x&gt;\""))
        #expect(XMLParser(data: Data(junit.utf8)).parse())
    }

    /// `report --json` lists each attempt as its journal line reads back, without writing it.
    @Test func theJSONReportListsEachAttemptAsItsJournalLineReadsBack() throws {
        let report = try JournalReader.report(from: Self.journal(interrupted: false), source: "j.jsonl")
        let redactor = Redactor(secrets: ["127.0.0.1"])
        let scenario = try #require(report.scenarios.first)
        let outcome = try #require(scenario.result.outcomes.first)
        let lines = try scenario.attempts(of: outcome).map { try JSONParser.parse(Array(Journal.line(for: $0, redact: redactor))) }
        #expect(lines.count == 3)
        #expect(lines.first?["url"] == "http://***:9/hook")
        let document = try JSONParser.parse(JSONReport.render(report, redact: redactor))
        guard case .array(let scenarios)? = document["scenarios"], case .array(let events)? = scenarios.first?["events"] else {
            Issue.record("no events in the report")
            return
        }
        #expect(events.first?["attempts"] == .array(lines))
    }
}

/// The text report's expectations block, which lists a few checks out of possibly 100,000.
@Suite struct TextReportChecksTests {
    /// A report on `instances` repeats of one event; the first `failed` of them exhausted.
    private static func report(instances: Int, failed: Int) throws -> ScenarioReport {
        let event = try ScheduledEvent(id: "p", event: EventName("payment.purchase"), repeatCount: instances)
        let outcomes = (0..<instances).map { index in
            var outcome = EventOutcome(event: event, scheduledIndex: 0, repeatIndex: index)
            outcome.state = index < failed ? .exhausted(attempts: 7) : .delivered(attempt: 1, offset: .zero)
            return outcome
        }
        let scenario = ScenarioRecord(
            name: "checks", path: "checks.yaml", url: "http://127.0.0.1:9/hook", builtInMerchant: false,
            clock: .instant, start: Date(timeIntervalSince1970: 1_772_366_400), schedule: .yuno,
            events: [event], expectations: []
        )
        let result = RunResult(
            outcomes: outcomes, attemptCount: failed * 7 + instances - failed, wasCancelled: false,
            start: scenario.start, virtualElapsed: .zero, realElapsed: .seconds(1)
        )
        return ScenarioReport(scenario: scenario, result: result, attempts: [:], latency: LatencyHistogram())
    }

    @Test func aLargeRunListsFiftyFailuresAndCountsTheRest() throws {
        let text = TextReport.body(try Self.report(instances: 1_000, failed: 60), redact: .none)
        let lines = text.split(separator: "\n")
        #expect(lines.contains("expectations  940 of 1000 held"))
        #expect(lines.filter { $0.hasPrefix("  ✘ ") }.count == 50)
        #expect(!lines.contains { $0.hasPrefix("  ✔ ") })
        #expect(lines.contains("  ✘ p#1: expected delivery; exhausted after 7 attempts"))
        #expect(lines.contains("  … 10 more failures"))
    }

    @Test func aSmallRunListsFailuresFirstThenWhatHeld() throws {
        let text = TextReport.body(try Self.report(instances: 3, failed: 1), redact: .none)
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("  ✘ ") || $0.hasPrefix("  ✔ ") }
        #expect(lines == [
            "  ✘ p#1: expected delivery; exhausted after 7 attempts",
            "  ✔ p#2: delivered on attempt 1 at +0s, as expected",
            "  ✔ p#3: delivered on attempt 1 at +0s, as expected",
        ])
    }
}
