/// What a scenario expects of one of its events (of every instance, when it repeats).
///
/// `attempt` and `within` imply `delivered: true`.
public struct Expectation: Sendable, Hashable {
    /// The ``ScheduledEvent/id`` it is about.
    public var eventID: String
    /// Whether the event must end delivered (`true`) or exhausted (`false`); `nil` checks
    /// only `attempt` / `within`, or delivery when neither is given.
    public var delivered: Bool?
    /// Delivered on exactly this 1-based attempt.
    public var attempt: Int?
    /// Delivered on this attempt or earlier.
    public var within: Int?

    public init(eventID: String, delivered: Bool? = nil, attempt: Int? = nil, within: Int? = nil) throws(InputError) {
        if let attempt, attempt < 1 { throw InputError("expectation for '\(eventID)': attempt must be 1 or more, not \(attempt)") }
        if let within, within < 1 { throw InputError("expectation for '\(eventID)': within must be 1 or more, not \(within)") }
        if delivered == false, attempt != nil || within != nil {
            throw InputError("expectation for '\(eventID)': `attempt` and `within` describe a delivery and cannot go with delivered: false")
        }
        if attempt != nil, within != nil {
            throw InputError("expectation for '\(eventID)': give either `attempt` or `within`, not both")
        }
        self.eventID = eventID
        self.delivered = delivered
        self.attempt = attempt
        self.within = within
    }
}

extension Expectation {
    /// What it requires, briefly: `delivery on attempt 4`, `no delivery (exhausted)`.
    public var summary: String { ExpectationRequirement(self).summary }
}
