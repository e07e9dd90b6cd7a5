/// The first two checklist lines: every selected event delivered once, correctly signed, and
/// how fast the answers came.
struct CatalogueSweep: Sendable {
    let explanation: AnswerExplanation

    /// Delivers each of `events` once (instance seed `seed + position`), at most `concurrency`
    /// at a time; results in the order of `events`.
    static func deliver(_ events: [CatalogueEntry], context: ProbeContext, concurrency: Int) async -> [EventDelivery] {
        await withTaskGroup(of: (Int, EventDelivery).self) { group in
            var results = [EventDelivery?](repeating: nil, count: events.count)
            var next = 0
            func start(_ position: Int) {
                let event = events[position].name.typeEvent
                group.addTask {
                    let seed = context.seed &+ UInt64(position)
                    do {
                        return (position, EventDelivery(event: event, result: try await context.deliver(event, seed: seed)))
                    } catch {
                        let response = TransportResponse(status: nil, latency: .zero, error: .send("\(error)"))
                        return (position, EventDelivery(event: event, result: DeliveryAttemptResult(signature: nil, response: response, error: response.error)))
                    }
                }
            }
            while next < min(max(1, concurrency), events.count) {
                start(next)
                next += 1
            }
            for await (position, delivery) in group {
                results[position] = delivery
                if next < events.count {
                    start(next)
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }

    /// FAIL unless every event got 200; failures grouped by what happened.
    func deliveryOutcome(_ deliveries: [EventDelivery]) -> ProbeOutcome {
        let failed = deliveries.filter { !$0.result.isAcknowledged }
        guard !failed.isEmpty else {
            return ProbeOutcome(.pass, "\(deliveries.count) of \(deliveries.count.counted("event")) answered 200")
        }
        var groups: [(outcome: ProbeOutcome, events: [String])] = []
        for delivery in failed {
            let outcome = ProbeOutcome(.fail, explanation.reason(delivery.result, retry: 0),
                                       consequence: explanation.consequence(delivery.result, retry: 0))
            if let index = groups.firstIndex(where: { $0.outcome == outcome }) {
                groups[index].events.append(delivery.event)
            } else {
                groups.append((outcome, [delivery.event]))
            }
        }
        // A group of several events is retried "each", not "this event".
        func consequence(of events: [String]) -> String? {
            guard let event = events.first, let delivery = failed.first(where: { $0.event == event }) else { return nil }
            return explanation.consequence(delivery.result, retry: 0, subject: events.count == 1 ? "this event" : "each")
        }
        let details = groups.map { group in
            "\(Self.list(group.events)): " + ProbeOutcome(.fail, group.outcome.reason, consequence: consequence(of: group.events)).sentence
        }
        let count = "\(failed.count) of \(deliveries.count.counted("event"))"
        if groups.count == 1, let only = groups.first {
            // When every event failed alike, the one line says it all.
            let named = failed.count == deliveries.count ? [] : details
            return ProbeOutcome(.fail, "\(count) \(only.outcome.reason)", consequence: consequence(of: only.events), details: named)
        }
        return ProbeOutcome(.fail, "\(count) were not received", consequence: "Yuno \(explanation.retriesLeft(after: 0, subject: "each"))",
                            details: details)
    }

    /// WARN beyond half of the retry window, FAIL beyond it.
    func latencyOutcome(_ deliveries: [EventDelivery]) -> ProbeOutcome {
        let window = explanation.timeouts.retry
        let measured = deliveries.filter(\.hasLatency)
        guard let slowest = measured.max(by: { $0.result.response.latency < $1.result.response.latency }) else {
            return ProbeOutcome(.fail, "no delivery got an answer, so no answer time could be measured",
                                consequence: "Yuno would retry every event")
        }
        let latency = slowest.result.response.latency
        let timedOut = slowest.result.error?.kind == .timeout
        let what = timedOut
            ? "\(slowest.event) got no answer within \(explanation.window(retry: 0))"
            : "the slowest answer took \(AnswerExplanation.format(latency)) (\(slowest.event))"
        if timedOut {
            return ProbeOutcome(.fail, what, consequence: "Yuno counts that attempt as failed and gives every retry only \(window.notation)")
        }
        if latency > window {
            return ProbeOutcome(.fail, "\(what), beyond Yuno's \(window.notation) retry window",
                                consequence: "Yuno gives every retry only \(window.notation) and counts a slower answer as failed")
        }
        if latency > window / 2 {
            return ProbeOutcome(.warn, "\(what), more than half of Yuno's \(window.notation) retry window",
                                consequence: "on a slower day Yuno's retries would time out and count as failed")
        }
        return ProbeOutcome(.pass, "\(what), within half of Yuno's \(window.notation) retry window")
    }

    /// `payment.purchase` or `79 events (a, b, c, d and 75 more)`.
    private static func list(_ events: [String]) -> String {
        guard events.count > 1 else { return events.first ?? "" }
        let more = events.count > 4 ? " and \(events.count - 4) more" : ""
        return "\(events.count) events (\(events.prefix(4).joined(separator: ", "))\(more))"
    }
}
