import Foundation
import Yams

/// Reads scenario files (YAML, or JSON, which parses as YAML) into a checked ``Scenario``.
/// Every problem in a file is reported at once as `FILE:LINE:COLUMN: message`.
public struct ScenarioParser: Sendable {
    /// The event names a scenario may send; `nil` accepts every well-formed name.
    public var knownEvents: Set<String>?
    /// Variant names per event; events missing here accept any variant.
    public var knownVariants: [String: Set<String>]
    /// Where `${VAR}` references are looked up.
    public var environment: [String: String]
    /// The bodies `set:` paths are checked against (a list index must exist); `nil` checks
    /// only that each path is well formed.
    public var catalogue: EventCatalogue?

    public init(
        knownEvents: Set<String>?,
        knownVariants: [String: Set<String>] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.knownEvents = knownEvents
        self.knownVariants = knownVariants
        self.environment = environment
    }

    /// A parser that knows the catalogue's events and variants.
    public init(catalogue: EventCatalogue = .yuno, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(knownEvents: catalogue.names, knownVariants: catalogue.variantsByEvent, environment: environment)
        self.catalogue = catalogue
    }

    static let topLevelKeys = ["version", "name", "endpoint", "clock", "retry", "merchant", "events", "expect"]

    /// Reads and parses the file at `path`; diagnostics name the file as `path`.
    public func parse(contentsOf path: String) throws(ScenarioDiagnostics) -> Scenario {
        func fileProblem(_ message: String) -> ScenarioDiagnostics {
            ScenarioDiagnostics([ScenarioDiagnostic(file: path, line: nil, column: nil, message: message)])
        }
        let data: Data
        switch FileContents.read(path) {
        case .success(let contents): data = contents
        case .failure(let reason): throw fileProblem("cannot read the scenario: \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw fileProblem("the scenario is not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// Parses scenario `text`; `file` names it in diagnostics and gives the default name.
    public func parse(_ text: String, file: String) throws(ScenarioDiagnostics) -> Scenario {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ScenarioDiagnostics([ScenarioDiagnostic(yamlError: error, file: file)])
        }
        let reader = ScenarioNodeReader(file: file, environment: environment)
        guard let root else {
            reader.report("the scenario is empty; it needs at least 'version' and 'events'", at: nil)
            throw ScenarioDiagnostics(reader.diagnostics)
        }
        let scenario = read(root, file: file, with: reader)
        guard reader.diagnostics.isEmpty else {
            // A credential may be quoted where it is misused (`at: <the api key>`), or sit in a URL.
            let redact = Redactor(secrets: reader.secrets)
            throw ScenarioDiagnostics(reader.diagnostics.sorted {
                ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0)
            }.map { problem in
                var masked = problem
                masked.message = redact(problem.message)
                return masked
            })
        }
        return scenario
    }

    private func read(_ root: Node, file: String, with reader: ScenarioNodeReader) -> Scenario {
        let baseName = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var scenario = Scenario(name: baseName)
        guard let fields = reader.mapping(root, "scenario", allowed: Self.topLevelKeys) else { return scenario }

        if let node = reader.require(fields, "version", in: "scenario"),
           let version = reader.integer(node, key: "version", in: Int.min...Int.max) {
            if version != 1 {
                reader.report("unsupported version \(version); this simulator reads version 1", at: node)
            }
            scenario.version = version
        }
        if let node = fields["name"], let name = reader.label(node, key: "name") {
            scenario.name = name
        }
        let runsMerchant = fields.has("merchant")
        if let node = fields["merchant"] {
            scenario.merchant = readMerchant(node, with: reader)
        }
        if let node = runsMerchant ? fields["endpoint"] : reader.require(fields, "endpoint", in: "scenario", note: Self.urlNote) {
            scenario.endpoint = readEndpoint(node, urlRequired: !runsMerchant, with: reader)
        }
        if scenario.merchant?.oauth2 != nil, scenario.endpoint.oauth2 == nil, !reader.hasProblems,
           let node = fields["merchant"] {
            reader.report("'merchant.oauth2' issues tokens for 'endpoint.oauth2', which is missing; add its client_id and client_secret", at: node)
        }
        if let node = fields["clock"] {
            (scenario.clock, scenario.start) = readClock(node, with: reader)
        }
        if let node = fields["retry"] {
            scenario.retry = readRetry(node, with: reader)
        }
        var ids: [String] = []
        if let node = reader.require(fields, "events", in: "scenario") {
            (scenario.events, ids) = readEvents(node, with: reader)
            checkSize(of: scenario.events, retry: scenario.retry, at: node, with: reader)
        }
        if let node = fields["expect"] {
            scenario.expectations = readExpectations(node, ids: ids, retry: scenario.retry, with: reader)
        }
        return scenario
    }

    static let urlNote = " (needed unless 'merchant:' runs the built-in merchant)"
}
