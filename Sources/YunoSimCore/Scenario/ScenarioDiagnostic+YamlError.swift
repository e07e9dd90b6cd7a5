import Yams

extension ScenarioDiagnostic {
    /// The position and problem of a YAML syntax error from Yams.
    init(yamlError error: any Error, file: String) {
        let mark: (line: Int, column: Int)?
        let message: String
        switch error as? YamlError {
        case .scanner(let context, let problem, let position, _),
             .parser(let context, let problem, let position, _),
             .composer(let context, let problem, let position, _):
            mark = (position.line, position.column)
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            // libyaml's advice (call yaml_set_max_nest_level) is for programmers, not for the file's author.
            message = problem.hasPrefix("Maximum nesting level")
                ? "invalid YAML: nested too deeply; a scenario needs a few levels, not hundreds"
                : "invalid YAML: \(problem)\(during)"
        case .reader(let problem, let offset, _, let yaml):
            mark = offset.map { Self.mark(atByteOffset: $0, in: yaml) }
            message = "invalid YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            mark = (context.mark.line, context.mark.column)
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            message = "duplicate key \(keys) in one mapping; write each key once"
        default:
            mark = nil
            message = "invalid YAML: \(error)"
        }
        self.init(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    private static func mark(atByteOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.utf8.prefix(offset)
        let lines = before.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let column = String(decoding: lines.last.map { Array($0) } ?? [], as: UTF8.self).unicodeScalars.count
        return (lines.count, column + 1)
    }
}
