import Yams

/// Walks the YAML nodes of one scenario file and records every problem with the position of
/// the offending node, so that one pass reports them all instead of stopping at the first.
final class ScenarioNodeReader {
    let file: String
    private let expansion: VariableExpansion
    private(set) var diagnostics: [ScenarioDiagnostic] = []
    /// Every credential read so far: no message about the file may show one.
    private(set) var secrets: [String] = []
    /// Whether any problem was reported so far.
    var hasProblems: Bool { !diagnostics.isEmpty }
    /// Spelling suggestions left for this file. One helps with a typo or two; thousands cost
    /// seconds to minutes of edit distances (20,000 misspelt event names took 4.3 s, 8,000
    /// unknown expectation ids two minutes), and nobody reads past the first screen.
    private var suggestionsLeft = 20

    init(file: String, environment: [String: String]) {
        self.file = file
        self.expansion = VariableExpansion(environment: environment)
    }

    /// Records `message` at `mark` (the start of the file when the node has no position).
    func report(_ message: String, at mark: Mark?) {
        diagnostics.append(
            ScenarioDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
        )
    }

    /// `"; did you mean 'x'?"` for the first problems of a file, then nothing.
    func hint(for text: String, among candidates: some Sequence<String>) -> String {
        guard suggestionsLeft > 0 else { return "" }
        suggestionsLeft -= 1
        return SpellingSuggestion.hint(for: text, among: candidates)
    }

    func remember(secret: String) {
        secrets.append(secret)
    }

    func report(_ message: String, at node: Node) {
        report(message, at: node.mark)
    }

    /// The entries of `node` by key; reports a node that is not a mapping, keys that are not
    /// plain names and keys outside `allowed` (suggesting the closest allowed one).
    func mapping(_ node: Node, _ what: String, allowed: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report("\(what) must be a mapping of keys to values, not \(Self.kind(of: node))", at: node)
            return nil
        }
        var fields = Fields(node: node)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report("keys in \(what) must be names, not \(Self.kind(of: key))", at: key)
                continue
            }
            guard allowed.contains(scalar.string) else {
                let hint = self.hint(for: scalar.string, among: allowed)
                report("unknown key '\(scalar.string)' in \(what)\(hint)", at: key)
                continue
            }
            fields.entries[scalar.string] = value
        }
        return fields
    }

    /// The items of a list; reports a node that is not one.
    func sequence(_ node: Node, key: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            report("'\(key)' must be a list, not \(Self.kind(of: node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// Whether `node` is a value left empty (`key:`, `~`, `null`, or a variable that expands to
    /// nothing), which ``scalar(_:key:)`` reads as "not given". Reports nothing: a variable
    /// that cannot expand is reported where the value is read.
    func isEmptyValue(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, let text = try? expansion.expand(scalar.string) else { return false }
        return Self.isEmpty(text, of: scalar, node: node)
    }

    /// Whether `text`, what `scalar` expands to, reads as no value.
    private static func isEmpty(_ text: String, of scalar: Node.Scalar, node: Node) -> Bool {
        tag(of: text, scalar: scalar, node: node) == .null || (text.isEmpty && scalar.style == .plain)
    }

    /// A plain scalar is typed by what it expands to: `${N:-10}` is a number.
    private static func tag(of text: String, scalar: Node.Scalar, node: Node) -> Tag.Name {
        Resolver.default.resolveTag(of: text == scalar.string || scalar.style != .plain ? node : Node(text))
    }

    /// The text of a scalar after `${VAR}` expansion, with the tag that text resolves to;
    /// `nil` for an empty value (`key:`, `~`, `null`, or a variable that expands to nothing)
    /// and for a problem, which is reported.
    func scalar(_ node: Node, key: String) -> ExpandedScalar? {
        guard case .scalar(let scalar) = node else {
            report("'\(key)' must be a single value, not \(Self.kind(of: node))", at: node)
            return nil
        }
        let text: String
        do {
            text = try expansion.expand(scalar.string)
        } catch {
            report(error.message, at: node)
            return nil
        }
        if Self.isEmpty(text, of: scalar, node: node) { return nil }
        return ExpandedScalar(text: text, tag: Self.tag(of: text, scalar: scalar, node: node), node: node)
    }

    /// How a node is called in messages.
    static func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The known entries of one mapping.
    struct Fields {
        /// The mapping itself, where "missing key" problems point.
        let node: Node
        var entries: [String: Node] = [:]

        /// Whether `key` is written, even with an empty value.
        func has(_ key: String) -> Bool { entries[key] != nil }

        subscript(key: String) -> Node? { entries[key] }
    }

    /// A scalar's text after expansion.
    struct ExpandedScalar {
        let text: String
        let tag: Tag.Name
        /// Where problems with the value point.
        let node: Node
    }
}
