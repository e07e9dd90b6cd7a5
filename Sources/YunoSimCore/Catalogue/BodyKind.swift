/// Which template writes an event's `data`, with the values that make it fit the event.
enum BodyKind: Sendable {
    case payment(PaymentProfile)
    case enrollment(status: String)
    case payout(status: String)
    case subscription(status: String, extra: SubscriptionBody.Extra)
    case onboarding(status: String, requirements: Bool)
    case report(status: String)
    case splitTransfer(reverse: Bool, status: String)
    case banking(BankingBody.Resource, status: String)

    func data(_ b: BodyBuilder) -> BodyTemplate {
        switch self {
        case .payment(let profile): PaymentBody.data(profile, b)
        case .enrollment(let status): EnrollmentBody.data(status: status, b)
        case .payout(let status): PayoutBody.data(status: status, b)
        case .subscription(let status, let extra): SubscriptionBody.data(status: status, extra: extra, b)
        case .onboarding(let status, let requirements): OnboardingBody.data(status: status, requirements: requirements, b)
        case .report(let status): ReportBody.data(status: status, b)
        case .splitTransfer(let reverse, let status): SplitTransferBody.data(reverse: reverse, status: status, b)
        case .banking(let resource, let status): BankingBody.data(resource, status: status, b)
        }
    }

    /// Split transfers keep Yuno's older envelope: version 1 with `trace_id` and `transfer_id`.
    var isSplitTransfer: Bool {
        if case .splitTransfer = self { return true }
        return false
    }
}
