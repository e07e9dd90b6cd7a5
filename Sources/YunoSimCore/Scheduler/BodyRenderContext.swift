import Foundation

/// What a body renderer needs to produce one attempt's bytes.
public struct BodyRenderContext: Sendable {
    /// Index of the ``ScheduledEvent`` in the run's list.
    public let scheduledIndex: Int
    /// 0-based repeat of that event.
    public let repeatIndex: Int
    /// Index of the instance across the whole run (stable: a good per-instance seed).
    public let instanceIndex: Int
    /// The `retry` field to render: 0 on the first try.
    public let retry: Int
    /// The virtual calendar date of sending.
    public let virtualTime: Date
    /// The virtual calendar date of the instance's first try: the body's own timestamps, which
    /// stay the same on every retry, as Yuno resends the same event.
    public let firstTryTime: Date
}

/// Renders the body of one attempt. Called once per attempt, so bodies are never stored.
public typealias BodyRenderer = @Sendable (BodyRenderContext) -> [UInt8]

extension DeliveryRunner {
    /// Renders catalogue bodies: `templates[i]` for the run's i-th scheduled event, every
    /// instance with its own values derived from `seed`, identical on each retry but `retry`.
    public static func catalogueBodies(templates: [EventTemplate], seed: UInt64) -> BodyRenderer {
        // The compiled bodies alone: `templates[i].render` copied the whole template, and
        // retained everything in it, on every attempt.
        let bodies = templates.map(\.compiled)
        return { context in
            bodies[context.scheduledIndex].render(
                seed: instanceSeed(runSeed: seed, instance: context.instanceIndex),
                retry: context.retry,
                time: context.firstTryTime
            )
        }
    }

    /// Catalogue bodies for `events` with no overrides, one merchant account for the run.
    public static func catalogueBodies(for events: [ScheduledEvent], seed: UInt64) throws(InputError) -> BodyRenderer {
        let account = UUID()
        var templates: [EventTemplate] = []
        for event in events {
            templates.append(try EventTemplate(event: event.event, variant: event.variant, accountID: account))
        }
        return catalogueBodies(templates: templates, seed: seed)
    }

    /// Spreads instance numbers over the seed space so neighbouring instances share no values.
    static func instanceSeed(runSeed: UInt64, instance: Int) -> UInt64 {
        runSeed &+ UInt64(truncatingIfNeeded: instance) &* 0x9E37_79B9_7F4A_7C15
    }
}
