/// One problem in a scenario file, shown as `FILE:LINE:COLUMN: message` (1-based).
public struct ScenarioDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, or `nil` for a problem with the file as a whole (it cannot be read).
    public var line: Int?
    /// 1-based column, counted in Unicode scalars.
    public var column: Int?
    /// What is wrong; never contains a secret value.
    public var message: String

    public init(file: String, line: Int?, column: Int?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// One line, whatever the message quotes: a value with a line break (`at: |` block) shows
    /// it as `\n`, so each problem stays one line for editors and CI logs.
    public var description: String {
        let message = message.oneLine
        guard let line, let column else { return "\(file): \(message)" }
        return "\(file):\(line):\(column): \(message)"
    }
}
