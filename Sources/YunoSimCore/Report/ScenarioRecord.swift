import Foundation

/// What reports and journals say about the scenario a run delivered: where, on which clock and
/// schedule, which events and what was expected of them.
public struct ScenarioRecord: Sendable {
    public var name: String
    /// The scenario file, as named on the command line.
    public var path: String
    /// Where deliveries went.
    public var url: String
    /// Whether `url` is the built-in reference merchant.
    public var builtInMerchant: Bool
    /// `nil` when it is not known: a journal of attempt lines alone does not say.
    public var clock: ClockMode?
    /// The calendar date of virtual offset zero.
    public var start: Date
    public var schedule: RetrySchedule
    public var events: [ScheduledEvent]
    /// The scenario's expectations; `nil` when they are not known (a journal without them).
    public var expectations: [Expectation]?

    public init(
        name: String, path: String, url: String, builtInMerchant: Bool, clock: ClockMode?, start: Date,
        schedule: RetrySchedule, events: [ScheduledEvent], expectations: [Expectation]?
    ) {
        self.name = name
        self.path = path
        self.url = url
        self.builtInMerchant = builtInMerchant
        self.clock = clock
        self.start = start
        self.schedule = schedule
        self.events = events
        self.expectations = expectations
    }

    /// The clock as reports print it.
    public var clockText: String { clock?.description ?? "unknown (the journal does not say)" }

    /// How many event instances the scenario sends.
    public var instanceCount: Int { events.reduce(0) { $0 + $1.repeatCount } }
}
