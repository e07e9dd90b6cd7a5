import Foundation
import Testing
import YunoSimCore

/// Runs the built `yuno-sim` binary and checks output and exit status.
@Suite struct EventsCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL {
        let beside = Bundle.main.bundleURL.appendingPathComponent("yuno-sim")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/yuno-sim")
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func listJSONHasEveryEventWithTypeEventAndSource() throws {
        let run = try Self.run(["events", "list", "--json"])
        #expect(run.status == 0)
        guard case .array(let rows) = try JSONParser.parse(run.stdout) else { Issue.record("not an array"); return }
        #expect(rows.count == EventCatalogue.yuno.entries.count)
        let purchase = rows.first { $0["type_event"] == "payment.purchase" }
        #expect(purchase?["type"] == "payment")
        #expect(purchase?["source"] == "both")
        #expect(purchase?["trigger"] == "PURCHASE")
        #expect(rows.first { $0["type_event"] == "report.create" }?["source"] == "docs")
    }

    @Test func showWithASeedIsReproducibleAndAppliesOverrides() throws {
        let arguments = ["events", "show", "payment.purchase", "--seed", "11", "--variant", "routed",
                         "--set", "data.payment.amount.value=99", "--retry", "2"]
        let first = try Self.run(arguments)
        let second = try Self.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let value = try JSONParser.parse(first.stdout)
        #expect(value["retry"] == 2)
        #expect(value["data"]?["payment"]?["amount"]?["value"] == 99)
        #expect(value["data"]?["payment"]?["sub_status"] == "FRAUD_DECLINED")
    }

    @Test func unknownEventExitsTwoWithASuggestion() throws {
        let run = try Self.run(["events", "show", "payment.purchse"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean payment.purchase?"))
        #expect(run.stdout.isEmpty)
    }

    @Test func unknownVariantExitsTwo() throws {
        let run = try Self.run(["events", "show", "payment.purchase", "--variant", "bogus"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("declined, pending, rejected, routed"))
    }
}
