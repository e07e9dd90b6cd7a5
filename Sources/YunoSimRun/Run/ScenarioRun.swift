import YunoCurl
import YunoSimCore

/// `run`: scenario files checked, then delivered one after another on Yuno's retry schedule,
/// with a journal, report files, a progress line and Ctrl-C handling.
public struct ScenarioRun: Sendable {
    /// How to run; every field has the command line's default.
    public struct Settings: Sendable {
        /// Deliver here instead of each scenario's endpoint or built-in merchant.
        public var target: WebhookURL?
        /// Clock for every scenario; `nil` keeps each scenario's own.
        public var clock: ClockMode?
        /// Makes generated ids, amounts, names and the account reproducible.
        public var seed: UInt64?
        /// Where each attempt is journalled.
        public var journal: String?
        public var reports: ReportFiles
        /// No progress line.
        public var quiet: Bool
        /// How curl delivers: transfers in flight at once, threads (by default one per core, as
        /// `run --curl-threads` has it) and certificate checks.
        public var transport: CurlTransport.Configuration

        public init(
            target: WebhookURL? = nil, clock: ClockMode? = nil, seed: UInt64? = nil,
            journal: String? = nil, reports: ReportFiles = ReportFiles(), quiet: Bool = false,
            transport: CurlTransport.Configuration = CurlTransport.Configuration(threads: CurlTransport.Configuration.defaultThreads)
        ) {
            self.target = target
            self.clock = clock
            self.seed = seed
            self.journal = journal
            self.reports = reports
            self.quiet = quiet
            self.transport = transport
        }
    }

    private let plans: [ScenarioPlan]
    private let settings: Settings
    private let redactor: Redactor

    /// Parses and checks every scenario and every file to write, before anything is sent.
    /// Throws ``ScenarioDiagnostics`` for a scenario's problems, `InputError` for the rest.
    public init(scenarios: [String], settings: Settings = Settings()) throws {
        let parsed = try scenarios.map { path throws(ScenarioDiagnostics) in try ScenarioParser().parse(contentsOf: path) }
        plans = try zip(scenarios, parsed).map { try ScenarioPlan(path: $0, scenario: $1, settings: settings) }
        if let journal = settings.journal { try ReportFile.check(journal, what: "journal", inputs: scenarios) }
        try settings.reports.checkWritable(inputs: scenarios + (settings.journal.map { [$0] } ?? []))
        self.settings = settings
        // The environment's credentials too: a scenario may use ${YUNO_API_KEY} in a name or a URL.
        redactor = Redactor(secrets: parsed.flatMap(\.secretValues) + CommandLineSecrets.values())
    }

    /// Delivers every scenario, prints a summary of each to `output` and writes the reports.
    /// The first SIGINT or SIGTERM lets attempts in flight finish, then writes the journal and
    /// reports marked interrupted; the second pauses journal writes and calls `onSecondSignal`.
    public func run(
        output: FileOutput = .standardOutput,
        onSecondSignal: @escaping @Sendable () -> Void
    ) async throws -> RunOutcome {
        do {
            return try await deliver(output: output, onSecondSignal: onSecondSignal)
        } catch let error as InputError {
            throw InputError(redactor(error.message))
        }
    }

    private func deliver(output: FileOutput, onSecondSignal: @escaping @Sendable () -> Void) async throws -> RunOutcome {
        let journal = try settings.journal.map { path throws(InputError) in
            do throws(JournalError) { return try Journal(path: path, redactor: redactor) } catch { throw InputError(error.description) }
        }
        let interruption = Interruption {
            journal?.withWritesPaused(onSecondSignal)
            onSecondSignal()
        }
        let context = RunContext(
            journal: journal, keepsAttempts: settings.reports.any, progress: LiveProgress(quiet: settings.quiet),
            interruption: interruption, redactor: redactor, output: output
        )
        return try await interruption.handlingSignals {
            let results = try await withCurlTransport(settings.transport) { transport in
                // Everything is checked: from here on, an earlier run's reports would only mislead.
                settings.reports.removeStale()
                var results: [ScenarioReport] = []
                for (index, plan) in plans.enumerated() {
                    let report = try await plan.execute(transport: transport, context: context)
                    output.write(TextReport.body(report, redact: redactor))
                    results.append(report)
                    guard report.interrupted else { continue }
                    for skipped in plans.dropFirst(index + 1) {
                        output.line(redactor("skipped  \(skipped.path): the run was interrupted before it started"))
                    }
                    break
                }
                return results
            }
            let report = RunReport(scenarios: results)
            try settings.reports.write(report, redactor: redactor)
            if report.interrupted || interruption.happened { return .interrupted }
            return report.passed ? .passed : .failed
        }
    }
}
