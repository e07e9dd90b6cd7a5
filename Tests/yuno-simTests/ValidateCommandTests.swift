import Foundation
import Testing
import YunoSimTesting

@Suite struct ValidateCommandTests {
    private func temporaryScenario(_ text: String, name: String = "bad.yaml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func acceptsEveryShippedScenario() async throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: ChildProcess.packageRoot.appendingPathComponent("scenarios").path
        ).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { "scenarios/\($0)" }
        #expect(files.count >= 5)
        let result = try await ChildProcess.run(["validate"] + files, environment: [:])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == files.count)
        #expect(lines.contains("ok  scenarios/retry-recovers.yaml  (card purchase recovers on the fourth try, 1 event, 1 expectation)"))
        #expect(lines.contains("ok  scenarios/every-event.yaml  (one event of every type, 79 events, 0 expectations)"))
    }

    @Test func reportsEveryProblemAndExits2() async throws {
        let bad = try temporaryScenario("version: 1\nmerchant: {}\nevents:\n  - event: payment.purchse\n    at: 5x\n")
        let result = try await ChildProcess.run(["validate", "scenarios/quickstart.yaml", bad], environment: [:])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "ok  scenarios/quickstart.yaml  (quickstart, 3 events, 3 expectations)\n")
        #expect(result.stderr == """
            \(bad):4:12: unknown event 'payment.purchse'; did you mean 'payment.purchase'? ('yuno-sim events list' shows them all)
            \(bad):5:9: 'at': '5x' has an unknown unit 'x'; write a duration like 250ms, 7s, 5m, 6h or 2d

            """)
    }

    @Test func aScenarioCanComeThroughAPipeAndAFolderIsNamedAsOne() async throws {
        let text = "version: 1\nmerchant: {}\nevents: [{event: payment.purchase}]\n"
        let piped = try await ChildProcess.run(["validate", "/dev/stdin"], stdin: Array(text.utf8), environment: [:])
        #expect(piped.exitCode == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("ok  /dev/stdin  ("))
        let folder = FileManager.default.temporaryDirectory.path
        let directory = try await ChildProcess.run(["validate", folder], environment: [:])
        #expect(directory.exitCode == 2)
        #expect(directory.stderr == "\(folder): cannot read the scenario: it is a directory\n")
    }

    @Test func noCredentialShowsInProblemsOrInTheOKLine() async throws {
        let bad = try temporaryScenario("""
            version: 1
            endpoint: {url: "http://127.0.0.1:9/x", api_key: validate-key-1}
            events: [{id: validate-key-1, event: payment.purchase, at: validate-key-1}]
            """)
        let good = try temporaryScenario("""
            version: 1
            name: drill for validate-key-1
            endpoint: {url: "http://127.0.0.1:9/x", api_key: validate-key-1}
            events: [{event: payment.purchase}]
            """, name: "good.yaml")
        let result = try await ChildProcess.run(["validate", good, bad], environment: [:])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "ok  \(good)  (drill for ***, 1 event, 0 expectations)\n")
        #expect(result.stderr.contains("\(bad):3:60: 'at': '***' is not a duration"))
        #expect(!result.stderr.contains("validate-key-1"))
    }

    @Test func repeatedEventsAreCountedAsRunCountsThem() async throws {
        let path = try temporaryScenario("""
            version: 1
            name: burst
            merchant: {}
            events:
              - {id: p, event: payment.purchase, repeat: {count: 100, every: 1s}}
              - {id: r, event: payment.refund}
            expect: [{event: p, delivered: true}]
            """, name: "burst.yaml")
        let result = try await ChildProcess.run(["validate", path], environment: [:])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "ok  \(path)  (burst, 101 events from 2 entries, 1 expectation)\n")
    }

    @Test func anEnvironmentCredentialUsedOutsideTheEndpointIsMaskedToo() async throws {
        let path = try temporaryScenario("version: 1\nname: drill ${YUNO_API_KEY}\nmerchant: {}\nevents: [{event: payment.purchase}]\n", name: "env-name.yaml")
        let result = try await ChildProcess.run(["validate", path], environment: ["YUNO_API_KEY": "env-key-in-a-name"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "ok  \(path)  (drill ***, 1 event, 0 expectations)\n")
    }

    @Test func unsetVariableFailsAndItsValueIsUsedWhenSet() async throws {
        let path = try temporaryScenario("version: 1\nmerchant:\nendpoint: {hmac_secret: '${DRILL_HMAC}'}\nevents: [{event: payment.purchase}]\n", name: "env.yaml")
        let unset = try await ChildProcess.run(["validate", path], environment: [:])
        #expect(unset.exitCode == 2)
        #expect(unset.stderr == "\(path):3:25: environment variable DRILL_HMAC is not set; export it or write ${DRILL_HMAC:-default}\n")
        let set = try await ChildProcess.run(["validate", path], environment: ["DRILL_HMAC": "topsecret"])
        #expect(set.exitCode == 0)
        #expect(!(set.stdout + set.stderr).contains("topsecret"))
    }

    @Test func missingFileAndNoArgumentsExit2() async throws {
        let missing = try await ChildProcess.run(["validate", "/nonexistent/drill.yaml"], environment: [:])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr == "/nonexistent/drill.yaml: cannot read the scenario: no such file\n")
        let none = try await ChildProcess.run(["validate"], environment: [:])
        #expect(none.exitCode == 2)
        #expect(none.stderr.contains("name at least one scenario file"))
    }
}
