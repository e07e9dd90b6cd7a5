/// Every `type_event` the simulator can send (CONTRACT §7): Yuno's seed table and the names
/// its later docs add or rename. Scenario validation and `events` commands check names here.
public enum KnownEventNames {
    /// The seed table of Yuno's Configure page (60 names).
    public static let seed: [String] = expand([
        ("enrollment", ["enroll", "unenroll", "expiration", "update"]),
        ("payment", ["purchase", "authorize", "capture", "refund", "cancel", "verify", "chargeback", "fraud_screening"]),
        ("payout", ["payout"]),
        ("subscription", ["create", "active", "paused", "resumed", "canceled", "completed", "error"]),
        ("onboarding", [
            "create", "pending", "pending_additional_documentation", "pending_recipient_action", "succeeded",
            "canceled", "declined", "rejected", "blocked", "unblocked", "error", "expired", "failed",
        ]),
        ("split_transfer", ["succeeded", "failed"]),
        ("split_transfer_reverse", ["succeeded", "failed"]),
        ("banking.entity", ["created", "updated", "deleted"]),
        ("banking.onboarding", [
            "created", "pending", "pending_additional_documentation", "succeeded", "failed", "declined",
            "cancelled", "expired",
        ]),
        ("banking.account", ["created", "updated", "activated", "closed"]),
        ("banking.transfer", ["pending", "processing", "completed", "failed", "cancelled", "reversed"]),
        ("banking.transfer.incoming", ["pending", "completed"]),
    ])

    /// Names Yuno's later docs add or rename (19 names).
    public static let docs: [String] = expand([
        ("subscription", [
            "pause", "resume", "cancel", "complete", "trialing", "past_due", "close_to_renewal", "cycle_executed",
            "phase_started", "phase_completed", "plan_change_scheduled", "plan_change_canceled", "plan_changed",
        ]),
        ("payment", ["pre_chargeback"]),
        ("report", ["create", "update"]),
        ("onboarding", ["cancelled", "inactive", "transferred"]),
    ])

    /// Every known dotted name, seed table first, in table order.
    public static var ordered: [String] { seed + docs.filter { !seed.contains($0) } }

    /// Every known dotted name.
    public static var all: Set<String> { Set(seed + docs) }

    private static func expand(_ table: [(type: String, events: [String])]) -> [String] {
        table.flatMap { row in row.events.map { "\(row.type).\($0)" } }
    }
}
