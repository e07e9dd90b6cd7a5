import Testing
@testable import YunoSimCore

/// The one version number reaches both machine-readable reports (keys added, none changed).
@Suite struct YunoSimVersionTests {
    @Test func reportsCarryTheVersion() throws {
        let journal = """
            {"event_id":"p","type_event":"payment.purchase","attempt":1,"retry":0,"planned_offset_s":0,\
            "virtual_offset_s":0,"scenario_time_s":0,"virtual_time":"2026-03-01T12:00:00.000Z",\
            "wall_time":"2026-01-01T00:00:00.000Z","url":"http://127.0.0.1:9/hook","status":200,\
            "outcome":"delivered","error":null,"latency_ms":1.5,"signature":"c2ln"}

            """
        let report = try JournalReader.report(from: journal, source: "j.jsonl")
        #expect(JSONReport.render(report, redact: .none).contains("\n  \"yuno_sim_version\": \"\(YunoSimVersion.current)\","))
        #expect(JUnitReport.render(report, redact: .none)
            .contains("<property name=\"yuno_sim_version\" value=\"\(YunoSimVersion.current)\"/>"))
    }
}
