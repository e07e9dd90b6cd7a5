import Foundation
import Testing
import YunoSimTesting
import YunoSimCore

/// Runs the built `yuno-sim` binary and checks output and exit status.
@Suite struct EventsCommandTests {
    @Test func listJSONHasEveryEventWithTypeEventAndSource() async throws {
        let run = try await ChildProcess.run(["events", "list", "--json"])
        #expect(run.exitCode == 0)
        guard case .array(let rows) = try JSONParser.parse(run.stdout) else { Issue.record("not an array"); return }
        #expect(rows.count == EventCatalogue.yuno.entries.count)
        let purchase = rows.first { $0["type_event"] == "payment.purchase" }
        #expect(purchase?["type"] == "payment")
        #expect(purchase?["source"] == "both")
        #expect(purchase?["trigger"] == "PURCHASE")
        #expect(rows.first { $0["type_event"] == "report.create" }?["source"] == "docs")
    }

    @Test func showWithASeedIsReproducibleAndAppliesOverrides() async throws {
        let arguments = ["events", "show", "payment.purchase", "--seed", "11", "--variant", "routed",
                         "--set", "data.payment.amount.value=99", "--retry", "2"]
        let first = try await ChildProcess.run(arguments)
        let second = try await ChildProcess.run(arguments)
        #expect(first.exitCode == 0)
        #expect(first.stdout == second.stdout)
        let value = try JSONParser.parse(first.stdout)
        #expect(value["retry"] == 2)
        #expect(value["data"]?["payment"]?["amount"]?["value"] == 99)
        #expect(value["data"]?["payment"]?["sub_status"] == "FRAUD_DECLINED")
    }

    @Test func unknownEventExitsTwoWithASuggestion() async throws {
        let run = try await ChildProcess.run(["events", "show", "payment.purchse"])
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("did you mean payment.purchase?"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aUsageErrorPointsAtTheNestedCommandsHelp() async throws {
        let run = try await ChildProcess.run(["events", "show"])
        #expect(run.exitCode == 2)
        #expect(run.stderr.hasSuffix("(see 'yuno-sim events show --help')\n"))
    }

    @Test func unknownVariantExitsTwo() async throws {
        let run = try await ChildProcess.run(["events", "show", "payment.purchase", "--variant", "bogus"])
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("declined, pending, rejected, routed"))
    }

    @Test func helpForACommandThatDoesNotExistExitsTwoAndNamesTheCommands() async throws {
        let top = try await ChildProcess.run(["help", "chek"])
        #expect(top.exitCode == 2)
        #expect(top.stdout.isEmpty)
        #expect(top.stderr == "yuno-sim: error: 'yuno-sim' has no command 'chek'; did you mean 'check'? "
            + "(commands: run, report, validate, check, send, events, sign, verify, merchant)\n")
        let nested = try await ChildProcess.run(["help", "events", "shwo"])
        #expect(nested.exitCode == 2)
        #expect(nested.stderr.contains("'yuno-sim events' has no command 'shwo'; did you mean 'show'? (commands: list, show)"))
        let leaf = try await ChildProcess.run(["help", "run", "now"])
        #expect(leaf.exitCode == 2)
        #expect(leaf.stderr.contains("'yuno-sim run' has no commands of its own; see 'yuno-sim run --help'"))
        // A real topic still prints its help and exits 0.
        let known = try await ChildProcess.run(["help", "events", "show"])
        #expect(known.exitCode == 0)
        #expect(known.stdout.contains("USAGE: yuno-sim events show"))
    }

    @Test func versionPrintsTheVersion() async throws {
        let run = try await ChildProcess.run(["--version"])
        #expect(run.exitCode == 0)
        #expect(run.stdout.split(separator: ".").count == 3 && run.stdout.first?.isNumber == true)
    }
}
