/// The verdict on one expectation for one event instance.
public struct ExpectationCheck: Sendable, Hashable {
    /// The instance checked (``EventOutcome/instanceID``), or the expectation's event id when
    /// no such event ran.
    public let instanceID: String
    public let passed: Bool
    private let detail: Detail

    /// What the message is made from. A run of 100,000 instances makes as many checks, and
    /// reports show the messages of only a few, so a check keeps how its instance ended and
    /// writes its message when asked.
    private enum Detail: Sendable {
        case text(String)
        /// `requirement` is the expectation's `expected …` text, shared by its checks.
        case outcome(EventOutcome.State, timeline: [AttemptSummary], requirement: String)
    }

    init(instanceID: String, passed: Bool, message: String) {
        self.instanceID = instanceID
        self.passed = passed
        self.detail = .text(message)
    }

    init(outcome: EventOutcome, passed: Bool, requirement: String) {
        self.instanceID = outcome.instanceID
        self.passed = passed
        self.detail = .outcome(outcome.state, timeline: outcome.timeline, requirement: requirement)
    }

    /// For people: `purchase-1: expected delivery on attempt 4; delivered on attempt 5 at +24h
    /// after 4 × HTTP 500`.
    public var message: String {
        switch detail {
        case .text(let message):
            return message
        case .outcome(let state, let timeline, let requirement):
            let story = EventOutcome.story(state: state, timeline: timeline)
            return passed ? "\(instanceID): \(story), as expected" : "\(instanceID): \(requirement); \(story)"
        }
    }

    public static func == (left: ExpectationCheck, right: ExpectationCheck) -> Bool {
        left.instanceID == right.instanceID && left.passed == right.passed && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(instanceID)
        hasher.combine(passed)
        hasher.combine(message)
    }
}
