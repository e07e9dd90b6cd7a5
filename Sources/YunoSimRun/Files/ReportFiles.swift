import YunoSimCore

/// The report files `run` and `report` write: JUnit XML, an HTML page, a JSON document.
public struct ReportFiles: Sendable {
    public var junit: String?
    public var html: String?
    public var json: String?

    public init(junit: String? = nil, html: String? = nil, json: String? = nil) {
        self.junit = junit
        self.html = html
        self.json = json
    }

    /// Whether any report file is requested.
    public var any: Bool { junit != nil || html != nil || json != nil }

    private typealias Renderer = @Sendable (RunReport, Redactor) -> String

    private var files: [(path: String, render: Renderer)] {
        var files: [(path: String, render: Renderer)] = []
        if let junit { files.append((junit, { JUnitReport.render($0, redact: $1) })) }
        if let html { files.append((html, { HTMLReport.render($0, redact: $1) })) }
        if let json { files.append((json, { JSONReport.render($0, redact: $1) })) }
        return files
    }

    /// Fails before anything is sent when a report could not be written, would overwrite one
    /// of `inputs`, or names the same file as another report.
    public func checkWritable(inputs: [String]) throws(InputError) {
        var earlier: [String] = []
        for (path, _) in files {
            try ReportFile.check(path, what: "report", inputs: inputs + earlier)
            earlier.append(path)
        }
    }

    /// Removes reports an earlier run left at these paths; call once sending begins.
    public func removeStale() {
        for (path, _) in files { ReportFile.removeStale(path) }
    }

    /// Writes every requested report of `report`, through `redactor`.
    public func write(_ report: RunReport, redactor: Redactor) throws(InputError) {
        for (path, render) in files {
            try ReportFile.write(render(report, redactor), to: path, what: "report")
        }
    }
}
