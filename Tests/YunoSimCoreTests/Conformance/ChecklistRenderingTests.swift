import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import YunoSimCore

/// Text, JSON and JUnit renderings of a hand-made checklist.
@Suite struct ChecklistRenderingTests {
    private let checklist = Checklist(
        url: "http://127.0.0.1:9/hook?a=1&b=<2>",
        results: [
            ProbeResult(id: "delivery", title: "Every event gets 200", outcome: ProbeOutcome(.pass, "1 of 1 events answered 200"), elapsed: .milliseconds(20)),
            ProbeResult(id: "latency", title: "Answers in time", outcome: ProbeOutcome(.warn, "slow \"answer\" & <late>",
                        consequence: "retries would time out"), elapsed: .milliseconds(20)),
            ProbeResult(id: "forgery.x", title: "Refuses x", outcome: ProbeOutcome(.fail, "x got 200",
                        consequence: "your endpoint accepts forged webhooks", details: ["bad\u{1}byte"]), elapsed: .milliseconds(3)),
            ProbeResult(id: "fraud_screening", title: "Fraud", outcome: ProbeOutcome(.skip, "not probed"), elapsed: .zero),
        ],
        deliveries: [],
        elapsed: .milliseconds(50)
    )

    @Test func textHasOneLinePerProbeAndATally() {
        let lines = checklist.text().split(separator: "\n").map(String.init)
        #expect(lines.contains("FAIL  Refuses x: x got 200; your endpoint accepts forged webhooks."))
        #expect(lines.contains("      bad\u{1}byte"))
        #expect(lines.last?.hasPrefix("1 passed, 1 warning, 1 failed, 1 skipped") == true)
        #expect(!checklist.passed)
    }

    @Test func junitIsWellFormedWithEscapedText() throws {
        let parser = XMLParser(data: Data(checklist.junit().utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(checklist.junit().contains(#"tests="4" failures="1" errors="0" skipped="1""#))
        #expect(checklist.junit().contains("slow &quot;answer&quot; &amp; &lt;late&gt;"))
    }

    @Test func jsonParsesAndCountsVerdicts() throws {
        let object = try #require(JSONSerialization.jsonObject(with: Data(checklist.json().utf8)) as? [String: Any])
        #expect(object["passed"] as? Bool == false)
        #expect((object["counts"] as? [String: Int]) == ["pass": 1, "warn": 1, "fail": 1, "skip": 1])
        let probes = try #require(object["probes"] as? [[String: Any]])
        #expect(probes.map { $0["id"] as? String } == ["delivery", "latency", "forgery.x", "fraud_screening"])
        #expect(probes[1]["consequence"] as? String == "retries would time out")
    }
}
