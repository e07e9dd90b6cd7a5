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
            var overrides: [BodyOverride] = []
            for override in event.overrides {
                overrides.append(try BodyOverride(assignment: "\(override.path)=\(override.json)"))
            }
            templates.append(try EventTemplate(
                event: event.event, variant: event.variant, overrides: overrides,
                accountID: accountID, catalogue: catalogue
            ))
        }
        return templates
    }

    /// The run's settings; `clock` replaces the scenario's own clock when given (`--speed`).
    public func runConfiguration(clock: ClockMode? = nil, concurrency: Int) throws(InputError) -> RunConfiguration {
        try RunConfiguration(clock: clock ?? self.clock, start: start, schedule: retry, concurrency: concurrency)
    }
}
