import Foundation

/// One scenario file, parsed and checked: where deliveries go, how fast virtual time runs,
/// which retry schedule applies, which events are sent and what must happen to them.
/// Built by ``ScenarioParser``; every field has the default the file format documents.
public struct Scenario: Sendable {
    /// The file format version; only 1 exists.
    public var version: Int
    /// A human title; the file's base name when the file has none.
    public var name: String
    /// The merchant's endpoint and credentials.
    public var endpoint: ScenarioEndpoint
    /// How virtual time runs.
    public var clock: ClockMode
    /// The virtual instant the scenario starts at; `nil` means the real time of the run.
    public var start: Date?
    /// When attempts after the first are due.
    public var retry: RetrySchedule
    /// Run the built-in reference merchant with these settings; `nil` sends to `endpoint.url`.
    public var merchant: ScenarioMerchant?
    /// The events to send, in file order.
    public var events: [ScenarioEvent]
    /// What must have happened by the end of the run.
    public var expectations: [Expectation]

    public init(
        version: Int = 1,
        name: String = "scenario",
        endpoint: ScenarioEndpoint = ScenarioEndpoint(),
        clock: ClockMode = .instant,
        start: Date? = nil,
        retry: RetrySchedule = .yuno,
        merchant: ScenarioMerchant? = nil,
        events: [ScenarioEvent] = [],
        expectations: [Expectation] = []
    ) {
        self.version = version
        self.name = name
        self.endpoint = endpoint
        self.clock = clock
        self.start = start
        self.retry = retry
        self.merchant = merchant
        self.events = events
        self.expectations = expectations
    }

    /// Every secret the scenario configures, for ``Redactor``.
    public var secretValues: [String] { endpoint.secretValues }
}
