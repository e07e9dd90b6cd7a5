import YunoSimCore

/// `report`: a run's summary and report files rebuilt from its journal, as `run` would have
/// written them.
public struct JournalReport: Sendable {
    public let journal: String
    public let reports: ReportFiles

    /// Fails when a report could not be written or would overwrite the journal.
    public init(journal: String, reports: ReportFiles) throws(InputError) {
        try reports.checkWritable(inputs: [journal])
        self.journal = journal
        self.reports = reports
    }

    /// Reads the journal, prints notes to `errors` and each scenario's summary to `output`,
    /// then writes the reports.
    public func run(output: FileOutput = .standardOutput, errors: FileOutput = .standardError) throws -> RunOutcome {
        // The journal holds no secret; mask the environment's credentials all the same.
        let redactor = CommandLineSecrets.redactor()
        let report = try JournalReader.read(contentsOf: journal)
        for note in report.notes { errors.line("yuno-sim: note: \(redactor(note))") }
        for scenario in report.scenarios {
            output.write(TextReport.heading(scenario.scenario, redact: redactor))
            output.write(TextReport.body(scenario, redact: redactor))
        }
        try reports.write(report, redactor: redactor)
        return report.passed ? .passed : .failed
    }
}
