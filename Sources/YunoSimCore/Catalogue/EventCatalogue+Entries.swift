/// CONTRACT §7: the 60 seed events plus every event Yuno's later docs add or rename.
extension EventCatalogue {
    static let yunoEntries: [CatalogueEntry] = payment + enrollment + payout + subscription + onboarding
        + report + splitTransfer + banking

    private static let payment: [CatalogueEntry] = [
        .init("payment.purchase", trigger: "PURCHASE", .both, .payment(.purchase), variants: [
            ("declined", .payment(.purchaseDeclined)), ("pending", .payment(.purchasePending)),
            ("rejected", .payment(.purchaseRejected)), ("routed", .payment(.purchaseRouted)),
        ]),
        .init("payment.authorize", trigger: "AUTHORIZE", .both, .payment(.authorize),
              variants: [("declined", .payment(.authorizeDeclined))]),
        .init("payment.capture", trigger: "CAPTURE", .both, .payment(.capture)),
        .init("payment.refund", trigger: "REFUND", .both, .payment(.refund),
              variants: [("declined", .payment(.refundDeclined))]),
        .init("payment.cancel", trigger: "CANCEL", .both, .payment(.cancel)),
        .init("payment.verify", trigger: "VERIFY", .both, .payment(.verify)),
        .init("payment.chargeback", trigger: "CHARGEBACK", .both, .payment(.chargeback),
              variants: [("dispute", .payment(.chargebackDispute))]),
        // No trigger of its own: Yuno sends it to every webhook with a payment trigger.
        .init("payment.fraud_screening", trigger: nil, .seed, .payment(.fraudScreening)),
        .init("payment.pre_chargeback", trigger: "PRECHARGEBACK", .docs, .payment(.preChargeback)),
    ]

    private static let enrollment: [CatalogueEntry] = [
        .init("enrollment.enroll", trigger: "ENROLL", .both, .enrollment(status: "ENROLLED"),
              variants: [("declined", .enrollment(status: "DECLINED")), ("rejected", .enrollment(status: "REJECTED"))]),
        .init("enrollment.unenroll", trigger: "UNENROLL", .both, .enrollment(status: "UNENROLLED")),
        .init("enrollment.expiration", trigger: nil, .seed, .enrollment(status: "EXPIRED")),
        .init("enrollment.update", trigger: nil, .seed, .enrollment(status: "ENROLLED")),
    ]

    private static let payout: [CatalogueEntry] = [
        .init("payout.payout", trigger: nil, .both, .payout(status: "SUCCEEDED"),
              variants: [("pending", .payout(status: "PENDING")), ("rejected", .payout(status: "REJECTED"))]),
    ]

    private static func subscription(_ event: String, _ trigger: String?, _ source: CatalogueEntry.Source, _ status: String,
                                     _ extra: SubscriptionBody.Extra = .none) -> CatalogueEntry {
        .init("subscription.\(event)", trigger: trigger, source, .subscription(status: status, extra: extra))
    }

    private static let subscription: [CatalogueEntry] = [
        subscription("create", "CREATE", .both, "CREATED"),
        subscription("active", "ACTIVE", .both, "ACTIVE"),
        // The seed's past-tense names were a documentation slip; users may still send them.
        subscription("paused", nil, .seed, "PAUSED"),
        subscription("resumed", nil, .seed, "ACTIVE"),
        subscription("canceled", nil, .seed, "CANCELED"),
        subscription("completed", nil, .seed, "COMPLETED"),
        subscription("error", nil, .seed, "ERROR"),
        subscription("pause", "PAUSE", .docs, "PAUSED"),
        subscription("resume", "RESUME", .docs, "ACTIVE"),
        subscription("cancel", "CANCEL", .docs, "CANCELED"),
        subscription("complete", "COMPLETE", .docs, "COMPLETED"),
        subscription("trialing", nil, .docs, "TRIALING"),
        subscription("past_due", nil, .docs, "PAST_DUE"),
        subscription("close_to_renewal", "CLOSE_TO_RENEWAL", .docs, "ACTIVE"),
        subscription("cycle_executed", nil, .docs, "ACTIVE", .cycleExecuted),
        subscription("phase_started", nil, .docs, "ACTIVE", .phaseStarted),
        subscription("phase_completed", nil, .docs, "ACTIVE", .phaseCompleted),
        subscription("plan_change_scheduled", "PLAN_CHANGE_SCHEDULED", .docs, "ACTIVE", .planChangeScheduled),
        subscription("plan_change_canceled", "PLAN_CHANGE_CANCELED", .docs, "ACTIVE", .planChangeCanceled),
        subscription("plan_changed", "PLAN_CHANGED", .docs, "ACTIVE", .planChanged),
    ]

    private static func onboarding(_ event: String, _ trigger: String?, _ source: CatalogueEntry.Source, _ status: String,
                                   wire: String? = nil, requirements: Bool = false) -> CatalogueEntry {
        .init("onboarding.\(event)", trigger: trigger, source, .onboarding(status: status, requirements: requirements),
              wire: wire.map { "onboarding.\($0)" })
    }

    private static let onboarding: [CatalogueEntry] = [
        onboarding("create", "CREATED", .both, "CREATED"),
        onboarding("pending", "PENDING", .both, "PENDING"),
        // Delivered as onboarding.pending with the specific status in the payload.
        onboarding("pending_additional_documentation", nil, .seed, "PENDING_ADDITIONAL_DOCUMENTATION", wire: "pending",
                   requirements: true),
        onboarding("pending_recipient_action", nil, .seed, "PENDING_RECIPIENT_ACTION", wire: "pending"),
        onboarding("succeeded", "SUCCEEDED", .both, "SUCCEEDED"),
        onboarding("canceled", nil, .seed, "CANCELED"),
        onboarding("cancelled", "CANCELLED", .docs, "CANCELLED"),
        onboarding("declined", "DECLINED", .both, "DECLINED", requirements: true),
        // Delivered as onboarding.declined.
        onboarding("rejected", nil, .seed, "REJECTED", wire: "declined", requirements: true),
        onboarding("failed", nil, .seed, "FAILED", wire: "declined", requirements: true),
        onboarding("blocked", "BLOCKED", .both, "BLOCKED"),
        onboarding("unblocked", "UNBLOCKED", .both, "SUCCEEDED"),
        onboarding("error", "ERROR", .both, "ERROR", requirements: true),
        onboarding("expired", "EXPIRED", .both, "EXPIRED"),
        onboarding("inactive", "INACTIVE", .docs, "INACTIVE"),
        onboarding("transferred", "TRANSFERRED", .docs, "TRANSFERRED"),
    ]

    private static let report: [CatalogueEntry] = [
        .init("report.create", trigger: "CREATE", .docs, .report(status: "PENDING")),
        .init("report.update", trigger: "UPDATE", .docs, .report(status: "SUCCEEDED"),
              variants: [("failed", .report(status: "FAILED"))]),
    ]

    private static let splitTransfer: [CatalogueEntry] = [
        .init("split_transfer.succeeded", trigger: nil, .both, .splitTransfer(reverse: false, status: "SUCCEEDED")),
        .init("split_transfer.failed", trigger: nil, .seed, .splitTransfer(reverse: false, status: "FAILED")),
        .init("split_transfer_reverse.succeeded", trigger: nil, .both, .splitTransfer(reverse: true, status: "SUCCEEDED")),
        .init("split_transfer_reverse.failed", trigger: nil, .seed, .splitTransfer(reverse: true, status: "FAILED")),
    ]

    private static func banking(_ resource: BankingBody.Resource, _ type: String, _ events: [String]) -> [CatalogueEntry] {
        events.map { event in
            .init("\(type).\(event)", trigger: nil, .seed, .banking(resource, status: event.uppercased()))
        }
    }

    private static let banking: [CatalogueEntry] =
        banking(.entity, "banking.entity", ["created", "updated", "deleted"])
        + banking(.onboarding, "banking.onboarding",
                  ["created", "pending", "pending_additional_documentation", "succeeded", "failed", "declined", "cancelled", "expired"])
        + banking(.account, "banking.account", ["created", "updated", "activated", "closed"])
        + banking(.transfer(incoming: false), "banking.transfer", ["pending", "processing", "completed", "failed", "cancelled", "reversed"])
        + banking(.transfer(incoming: true), "banking.transfer.incoming", ["pending", "completed"])
}
