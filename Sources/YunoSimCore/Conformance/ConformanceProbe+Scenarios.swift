/// The probes that replay situations Yuno's delivery creates by design: duplicates, events out
/// of order, event types added later, and the fraud-screening body that trips parsers.
extension ConformanceProbe {
    /// The same event twice, `retry` 0 then 1, one idempotency key: both must get 200.
    public static let duplicate = ConformanceProbe(id: "duplicate", title: "Accepts a duplicate delivery") { context in
        let event = context.representativeEvent
        let first = try await context.deliver(event, seed: context.seed, retry: 0)
        guard first.isAcknowledged else {
            return ProbeOutcome(.fail, "the first delivery of \(event) \(context.reason(first))", consequence: context.consequence(first))
        }
        let again = try await context.deliver(event, seed: context.seed, retry: 1)
        guard again.isAcknowledged else {
            let rest = context.consequence(again, retry: 1).map { ": " + $0 } ?? ""
            return ProbeOutcome(.fail, "the same \(event) again (retry 1, same idempotency key) \(context.reason(again, retry: 1))",
                                consequence: "Yuno keeps retrying a duplicate the endpoint refuses" + rest)
        }
        return ProbeOutcome(.pass, "the same \(event) twice (retry 0, then retry 1, same idempotency key) got 200 both times")
    }

    /// A refund before the purchase of the same payment (same instance seed, so the same
    /// payment id and idempotency key): both should get 200.
    public static let outOfOrder = ConformanceProbe(
        id: "out_of_order", title: "Accepts a refund before its purchase", requiredEvents: ["payment.refund", "payment.purchase"]
    ) { context in
        let refund = try await context.deliver("payment.refund", seed: context.seed)
        let purchase = try await context.deliver("payment.purchase", seed: context.seed)
        let order = "Yuno does not guarantee delivery order"
        guard refund.isAcknowledged else {
            return ProbeOutcome(.warn, "payment.refund sent before its payment.purchase \(context.reason(refund))",
                                consequence: order + (context.consequence(refund).map { "; " + $0 } ?? ""))
        }
        guard purchase.isAcknowledged else {
            return ProbeOutcome(.warn, "payment.purchase sent after its payment.refund \(context.reason(purchase))",
                                consequence: order + (context.consequence(purchase).map { "; " + $0 } ?? ""))
        }
        return ProbeOutcome(.pass, "payment.refund, then the payment.purchase of the same payment, both got 200")
    }

    /// The representative event under a `type_event` no merchant knows yet: it should get 200.
    public static let unknownEvent = ConformanceProbe(id: "unknown_event", title: "Accepts an event type it does not know yet") { context in
        let type = context.events.first?.name.type ?? "payment"
        let future = "\(type).future_event_for_conformance"
        let result = try await context.deliver(
            context.representativeEvent, seed: context.seed, overrides: [.set(path: "type_event", value: .string(future))])
        guard result.isAcknowledged else {
            return ProbeOutcome(.warn, "\(future) \(context.reason(result))",
                                consequence: "rejecting an event type Yuno adds later makes Yuno retry it for days")
        }
        return ProbeOutcome(.pass, "\(future) got 200")
    }

    /// `payment.fraud_screening` with `transactions: []` (CONTRACT §6): it must get 200.
    /// `payment.fraud_screening` has no trigger of its own: Yuno sends it to every webhook with a
    /// payment trigger, so any selected payment event brings this probe along.
    public static let fraudScreening = ConformanceProbe(
        id: "fraud_screening", title: "Accepts a fraud-screening decline with empty transactions"
    ) { context in
        guard context.events.contains(where: { $0.name.typeEvent.hasPrefix("payment.") }) else {
            return ProbeOutcome(.skip, "not probed: --events selects no payment event, and Yuno sends payment.fraud_screening "
                + "only to webhooks with a payment trigger")
        }
        let result = try await context.deliver("payment.fraud_screening", seed: context.seed)
        let body = #"payment.fraud_screening with "transactions": []"#
        guard result.isAcknowledged else {
            // A server error or a dropped connection is what a parser crashing on `[]` looks like.
            let crashed = (result.response.status ?? 0) >= 500 || [.send, .receive].contains(result.error?.kind)
            let hint = crashed ? ["parsers that expect transactions to be an object crash on it"] : []
            let consequence = (hint + [context.consequence(result)].compactMap { $0 }).joined(separator: "; ")
            return ProbeOutcome(.fail, "\(body) \(context.reason(result))", consequence: consequence.isEmpty ? nil : consequence)
        }
        return ProbeOutcome(.pass, "\(body) got 200")
    }
}
