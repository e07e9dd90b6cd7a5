import ArgumentParser
import Foundation
import YunoSimCore

/// The report files `run` and `report` write.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write JUnit XML here: one testsuite per scenario, one testcase per expectation.", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML page with a timeline per event here.", valueName: "file"))
    var html: String?

    @Option(name: .customLong("report-json"), help: ArgumentHelp("Write the whole result as one JSON document here (see README, Reports).", valueName: "file"))
    var reportJSON: String?

    /// Whether any report file is requested.
    var any: Bool { junit != nil || html != nil || reportJSON != nil }

    private typealias Renderer = (RunReport, Redactor) -> String

    private var files: [(path: String, render: Renderer)] {
        var files: [(path: String, render: Renderer)] = []
        if let junit { files.append((junit, { JUnitReport.render($0, redact: $1) })) }
        if let html { files.append((html, { HTMLReport.render($0, redact: $1) })) }
        if let reportJSON { files.append((reportJSON, { JSONReport.render($0, redact: $1) })) }
        return files
    }

    /// Fails before anything is sent when a report could not be written, would overwrite one
    /// of `inputs`, or names the same file as another report.
    func checkWritable(inputs: [String]) throws(InputError) {
        var earlier: [String] = []
        for (path, _) in files {
            try ReportFile.check(path, what: "report", inputs: inputs + earlier)
            earlier.append(path)
        }
    }

    /// Removes reports an earlier run left at these paths; call once sending begins.
    func removeStale() {
        for (path, _) in files { ReportFile.removeStale(path) }
    }

    /// Writes every requested report of `report`, through `redactor`.
    func write(_ report: RunReport, redactor: Redactor) throws(InputError) {
        for (path, render) in files {
            try ReportFile.write(render(report, redactor), to: path, what: "report")
        }
    }
}
