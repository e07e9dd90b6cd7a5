import ArgumentParser
import YunoSimRun

/// The report files `run` and `report` write.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write JUnit XML here: one testsuite per scenario, one testcase per expectation.", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML page with a timeline per event here.", valueName: "file"))
    var html: String?

    @Option(name: .customLong("report-json"), help: ArgumentHelp("Write the whole result as one JSON document here (see README, Reports).", valueName: "file"))
    var reportJSON: String?

    /// The files to write.
    var files: ReportFiles { ReportFiles(junit: junit, html: html, json: reportJSON) }
}
