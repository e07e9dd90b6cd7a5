/// The reports of every scenario of one `run` (or one journal).
public struct RunReport: Sendable {
    public var scenarios: [ScenarioReport]

    public init(scenarios: [ScenarioReport]) {
        self.scenarios = scenarios
    }

    /// Whether any scenario was stopped early.
    public var interrupted: Bool { scenarios.contains(where: \.interrupted) }

    public var passed: Bool { !scenarios.isEmpty && scenarios.allSatisfy(\.passed) }
}
