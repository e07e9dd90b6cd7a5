/// The reports of every scenario of one `run` (or one journal).
public struct RunReport: Sendable {
    public var scenarios: [ScenarioReport]
    /// What the reader of a journal left out and why, one line each, for standard error.
    public var notes: [String]

    public init(scenarios: [ScenarioReport], notes: [String] = []) {
        self.scenarios = scenarios
        self.notes = notes
    }

    /// Whether any scenario was stopped early.
    public var interrupted: Bool { scenarios.contains(where: \.interrupted) }

    public var passed: Bool { !scenarios.isEmpty && scenarios.allSatisfy(\.passed) }
}
