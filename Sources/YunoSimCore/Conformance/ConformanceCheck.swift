import Foundation

/// `yuno-sim check`: probes one merchant endpoint for what Yuno expects of it and returns a
/// checklist: the catalogue sweep (every selected event once, answer times), then each probe.
public struct ConformanceCheck: Sendable {
    public let configuration: ConformanceConfiguration
    public let deliverer: WebhookDeliverer
    /// The probes after the sweep, in checklist order.
    public let probes: [ConformanceProbe]
    private let events: [CatalogueEntry]

    /// Throws when `--events` selects no catalogue event.
    public init(configuration: ConformanceConfiguration = ConformanceConfiguration(), deliverer: WebhookDeliverer,
                probes: [ConformanceProbe] = ConformanceProbe.standard, catalogue: EventCatalogue = .yuno) throws(InputError) {
        self.configuration = configuration
        self.deliverer = deliverer
        self.probes = probes
        self.events = try configuration.events?.select(from: catalogue) ?? catalogue.entries
    }

    /// Runs the sweep, then every probe concurrently, and returns the checklist.
    public func run() async -> Checklist {
        let clock = ContinuousClock()
        let start = clock.now
        let base = configuration.seed ?? UInt64.random(in: .min ... .max)
        let explanation = AnswerExplanation(timeouts: deliverer.endpoint.timeouts, schedule: configuration.schedule)
        let time = configuration.time ?? Date()
        func context(seed: UInt64) -> ProbeContext {
            ProbeContext(deliverer: deliverer, events: events, seed: seed, time: time, explanation: explanation)
        }

        let deliveries = await CatalogueSweep.deliver(events, context: context(seed: base), concurrency: configuration.concurrency)
        let sweepElapsed = start.duration(to: clock.now)
        let sweep = CatalogueSweep(explanation: explanation)
        var results = [
            ProbeResult(id: "delivery", title: "Every event gets 200", outcome: sweep.deliveryOutcome(deliveries), elapsed: sweepElapsed),
            ProbeResult(id: "latency", title: "Answers in time", outcome: sweep.latencyOutcome(deliveries), elapsed: sweepElapsed),
        ]

        // Seeds far from the sweep's, two per probe, so no probe repeats another's payment.
        let probeBase = base &+ UInt64(events.count) &+ 1_000
        let representative = context(seed: base).representativeEvent
        let representativeDelivery = deliveries.first { $0.event == representative }?.result
        let probed = await withTaskGroup(of: (Int, ProbeResult).self) { group in
            for (index, probe) in probes.enumerated() {
                var probeContext = context(seed: probeBase &+ UInt64(index) &* 2)
                probeContext.representativeDelivery = representativeDelivery
                group.addTask {
                    let began = clock.now
                    let outcome = await probe.run(probeContext)
                    return (index, ProbeResult(id: probe.id, title: probe.title, outcome: outcome, elapsed: began.duration(to: clock.now)))
                }
            }
            var ordered = [ProbeResult?](repeating: nil, count: probes.count)
            for await (index, result) in group { ordered[index] = result }
            return ordered.compactMap { $0 }
        }
        results += probed
        // The URL may carry a credential in its query, as some merchants configure it.
        let url = Redactor(secrets: deliverer.endpoint.secretValues)(deliverer.endpoint.url.absoluteString)
        return Checklist(url: url, results: results, deliveries: deliveries,
                         elapsed: start.duration(to: clock.now))
    }
}
