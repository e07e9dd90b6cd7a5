import ArgumentParser
import Foundation
import Glibc
import YunoCurl
import YunoSimCore

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Deliver scenario files on Yuno's retry schedule, on a virtual clock.",
        discussion: """
            Each event is tried at its `at` offset and retried 5m, 50m, 6h, 24h, 48h and 96h \
            after its first try until the endpoint answers 200. With the instant clock a \
            four-day drill takes seconds. A scenario with `merchant:` runs against the built-in \
            reference merchant on a free loopback port unless --target is given.

            Prints a summary per scenario; --junit, --html and --report-json write reports. \
            On a terminal a progress line updates on stderr (--quiet hides it).

            Exit 0 when every expectation holds (with no `expect:`, when every event was \
            delivered), 1 when one does not, 2 when a scenario is invalid (nothing is sent), \
            130 when interrupted: Ctrl-C (or SIGTERM) lets attempts in flight finish, then \
            writes the journal and reports marked as interrupted; a second Ctrl-C stops at once.

            Example:
              yuno-sim run scenarios/retry-recovers.yaml --journal attempts.jsonl
            """
    )

    @Argument(help: ArgumentHelp("Scenario files (YAML or JSON); see docs/scenarios.md.", valueName: "scenario"))
    var scenarios: [String]

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Clock for every scenario: instant, or virtual seconds per real second, 0.001 to 1000000 (3600 = 1 h/s).",
        valueName: "speed"), transform: { try ClockMode(notation: $0) })
    var speed: ClockMode?

    @Option(help: ArgumentHelp("Deliver to this URL instead of the scenario's endpoint or built-in merchant.", valueName: "url"),
            transform: ArgumentTransforms.url)
    var target: WebhookURL?

    @Option(help: ArgumentHelp("Write one JSON line per attempt to this file (replacing it), each within 100 ms of its answer.", valueName: "file"))
    var journal: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Transfers in flight at once.", valueName: "n"))
    var concurrency = 32

    @Option(parsing: .unconditional, help: ArgumentHelp("Threads driving curl (1 to 64), each with its own connections; the default is one per core, at most 4.", valueName: "n"))
    var curlThreads = CurlTransport.Configuration.defaultThreads

    @Option(parsing: .unconditional, help: ArgumentHelp("Make every generated id, amount, name and the account reproducible; times follow the clock (identical bytes need the instant clock and a pinned clock.start).", valueName: "n"))
    var seed: UInt64?

    @OptionGroup var tls: TLSOptions

    @OptionGroup var reports: ReportOptions

    @Flag(help: "No progress line on stderr.")
    var quiet = false

    func validate() throws {
        guard !scenarios.isEmpty else { throw ValidationError("name at least one scenario file") }
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        guard (1...64).contains(curlThreads) else { throw ValidationError("--curl-threads must be from 1 to 64") }
    }

    func run() async throws {
        let parsed = try scenarios.map { path throws(ScenarioDiagnostics) in try ScenarioParser().parse(contentsOf: path) }
        let plans = try zip(scenarios, parsed).map { path, scenario in
            try ScenarioPlan(path: path, scenario: scenario, target: target, clock: speed, concurrency: concurrency, seed: seed)
        }
        if let journal { try ReportFile.check(journal, what: "journal", inputs: scenarios) }
        try reports.checkWritable(inputs: scenarios + (journal.map { [$0] } ?? []))
        // The environment's credentials too: a scenario may use ${YUNO_API_KEY} in a name or a URL.
        let redactor = Redactor(secrets: parsed.flatMap(\.secretValues) + CommandLineSecrets.values())
        do {
            try await deliver(plans, redactor: redactor)
        } catch let error as InputError {
            throw InputError(redactor(error.message))
        }
    }

    private func deliver(_ plans: [ScenarioPlan], redactor: Redactor) async throws {
        let journal = try journal.map { path throws(InputError) in
            do throws(JournalError) { return try Journal(path: path, redactor: redactor) } catch { throw InputError(error.description) }
        }
        let interruption = Interruption {
            journal?.withWritesPaused { Glibc._exit(ExitStatus.interrupted) }
            Glibc._exit(ExitStatus.interrupted)
        }
        interruption.install()
        let context = RunContext(
            journal: journal, keepsAttempts: reports.any, progress: LiveProgress(quiet: quiet),
            interruption: interruption, redactor: redactor
        )
        let results = try await withCurlTransport(tls.transportConfiguration(concurrency: concurrency, threads: curlThreads)) { transport in
            // Everything is checked: from here on, an earlier run's reports would only mislead.
            reports.removeStale()
            var results: [ScenarioReport] = []
            for (index, plan) in plans.enumerated() {
                let report = try await plan.execute(transport: transport, context: context)
                FileOutput.standardOutput.write(TextReport.body(report, redact: redactor))
                results.append(report)
                guard report.interrupted else { continue }
                for skipped in plans.dropFirst(index + 1) {
                    FileOutput.standardOutput.line(redactor("skipped  \(skipped.path): the run was interrupted before it started"))
                }
                break
            }
            return results
        }
        let report = RunReport(scenarios: results)
        try reports.write(report, redactor: redactor)
        if report.interrupted || interruption.happened { throw ExitCode(ExitStatus.interrupted) }
        if !report.passed { throw ExitCode(ExitStatus.failed) }
    }
}
