/// One entry of `expect:`: what must have happened to an event by the end of the run.
public struct ScenarioExpectation: Sendable, Hashable {
    /// The ``ScenarioEvent/id`` this expectation is about.
    public var event: String
    /// Whether the event must end delivered (`true`) or exhausted (`false`); `nil` does not check.
    public var delivered: Bool?
    /// Delivered on exactly this attempt (1-based).
    public var attempt: Int?
    /// Delivered on one of the first `within` attempts.
    public var within: Int?

    public init(event: String, delivered: Bool? = nil, attempt: Int? = nil, within: Int? = nil) {
        self.event = event
        self.delivered = delivered
        self.attempt = attempt
        self.within = within
    }
}
