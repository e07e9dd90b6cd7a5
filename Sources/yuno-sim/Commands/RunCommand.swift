import ArgumentParser
import Glibc
import YunoCurl
import YunoSimCore
import YunoSimRun

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
        let run = try ScenarioRun(scenarios: scenarios, settings: ScenarioRun.Settings(
            target: target, clock: speed, seed: seed, journal: journal, reports: reports.files, quiet: quiet,
            transport: tls.transportConfiguration(concurrency: concurrency, threads: curlThreads)
        ))
        try ExitStatus.finish(await run.run { Glibc._exit(ExitStatus.interrupted) })
    }
}
