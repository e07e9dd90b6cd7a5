/// Every problem found in a scenario file; thrown by ``ScenarioParser``. Commands exit 2 on it.
public struct ScenarioDiagnostics: Error, Sendable, Hashable, CustomStringConvertible {
    /// In file order, never empty.
    public var problems: [ScenarioDiagnostic]

    public init(_ problems: [ScenarioDiagnostic]) {
        self.problems = problems
    }

    /// One `FILE:LINE:COLUMN: message` line per problem.
    public var lines: [String] { problems.map(\.description) }

    public var description: String { lines.joined(separator: "\n") }
}
