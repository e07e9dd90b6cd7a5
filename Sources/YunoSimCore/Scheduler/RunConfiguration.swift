import Foundation

/// How a run paces and bounds its deliveries; every field has a default.
public struct RunConfiguration: Sendable {
    /// How virtual time relates to real time.
    public var clock: ClockMode
    /// The calendar date of virtual offset zero; `nil` means the moment the run starts.
    public var start: Date?
    /// When each attempt is made, from the event's first try.
    public var schedule: RetrySchedule
    /// The most attempts in flight at once.
    public var concurrency: Int
    /// Keep each event's attempt timeline in the result (about 24 bytes per attempt). Turn off
    /// for very large runs that only need outcomes.
    public var keepsTimelines: Bool

    public init(
        clock: ClockMode = .instant,
        start: Date? = nil,
        schedule: RetrySchedule = .yuno,
        concurrency: Int = 32,
        keepsTimelines: Bool = true
    ) throws(InputError) {
        guard concurrency >= 1 else { throw InputError("concurrency must be at least 1, not \(concurrency)") }
        if case .speed(let factor) = clock { _ = try ClockMode.speed(validating: factor) }
        self.clock = clock
        self.start = start
        self.schedule = schedule
        self.concurrency = concurrency
        self.keepsTimelines = keepsTimelines
    }
}
