import Foundation

/// How a parsed scenario becomes a run: the scheduler's events, the body templates and the
/// clock and schedule settings.
extension Scenario {
    /// The scheduler's view of the scenario's events, in file order.
    public func scheduledEvents() throws(InputError) -> [ScheduledEvent] {
        var scheduled: [ScheduledEvent] = []
        for event in events {
            scheduled.append(try ScheduledEvent(
                id: event.id,
                event: event.event,
                at: event.at,
                repeatCount: event.occurrences,
                repeatEvery: event.repetition?.every ?? .zero,
                variant: event.variant
            ))
        }
        return scheduled
    }

    /// One body template per event, its `set:` overrides applied once, all for one merchant
    /// account so a run looks like one Yuno account's traffic.
    public func bodyTemplates(accountID: UUID, catalogue: EventCatalogue = .yuno) throws(InputError) -> [EventTemplate] {
        var templates: [EventTemplate] = []
        for event in events {
            templates.append(try EventTemplate(
                event: event.event, variant: event.variant, overrides: event.overrides,
                accountID: accountID, catalogue: catalogue
            ))
        }
        return templates
    }

    /// The merchant account every body of a run carries, derived from the run's seed so that
    /// `run --seed N` sends the same bytes each time, `account_id` included.
    public static func accountID(seed: UInt64) -> UUID {
        var generator = SplitMix64(seed: seed ^ 0x6163_636F_756E_7421)  // "account!"
        var b = [UInt8](repeating: 0, count: 16)
        for half in 0..<2 {
            let word = generator.next()
            for index in 0..<8 { b[half * 8 + index] = UInt8(truncatingIfNeeded: word >> (8 * index)) }
        }
        b[6] = b[6] & 0x0F | 0x40  // version 4
        b[8] = b[8] & 0x3F | 0x80  // RFC 4122 variant
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    /// The run's settings; `clock` replaces the scenario's own clock when given (`--speed`).
    public func runConfiguration(clock: ClockMode? = nil, concurrency: Int) throws(InputError) -> RunConfiguration {
        try RunConfiguration(clock: clock ?? self.clock, start: start, schedule: retry, concurrency: concurrency)
    }
}
