/// What a payment event says about its payment: statuses, the transaction that triggered
/// it, earlier transactions, and whether fraud screening declined it.
struct PaymentProfile: Sendable {
    /// One provider transaction in the body.
    struct Transaction: Sendable {
        var type: String
        var status: String
        var responseCode: String
        var responseMessage: String
        var reason: String? = nil
        var providerStatus: String = "PAID"
    }

    enum FraudScreening: Sendable {
        case none
        /// Declined by screening; `routed` means routing still sent it to a provider.
        case declined(routed: Bool)
    }

    var status: String
    var subStatus: String
    /// The transaction that triggered the event; nil when no provider was reached.
    var transaction: Transaction?
    /// Transactions before it, oldest first.
    var earlier: [Transaction] = []
    var fraudScreening: FraudScreening = .none
    var refunded = false
    var captured = false
    var currencyConversion = false
}

extension PaymentProfile.Transaction {
    static let purchase = Self(type: "PURCHASE", status: "SUCCEEDED", responseCode: "SUCCEEDED", responseMessage: "Transaction successful")
    static let authorize = Self(type: "AUTHORIZE", status: "SUCCEEDED", responseCode: "SUCCEEDED",
                                responseMessage: "Transaction successful", providerStatus: "AUTHORIZED")
}

extension PaymentProfile {
    static let purchase = Self(status: "SUCCEEDED", subStatus: "APPROVED", transaction: .purchase)
    static let purchaseDeclined = Self(
        status: "DECLINED", subStatus: "DECLINED",
        transaction: .init(type: "PURCHASE", status: "DECLINED", responseCode: "INSUFFICIENT_FUNDS",
                           responseMessage: "Insufficient funds", reason: "INSUFFICIENT_FUNDS", providerStatus: "REJECTED"))
    static let purchasePending = Self(
        status: "PENDING", subStatus: "PENDING_PROVIDER_CONFIRMATION",
        transaction: .init(type: "PURCHASE", status: "PENDING", responseCode: "PENDING_PROVIDER_CONFIRMATION",
                           responseMessage: "Waiting for the provider's confirmation", providerStatus: "PENDING"))
    static let purchaseRejected = Self(
        status: "REJECTED", subStatus: "REJECTED",
        transaction: .init(type: "PURCHASE", status: "REJECTED", responseCode: "DO_NOT_HONOR",
                           responseMessage: "Do not honor", reason: "DO_NOT_HONOR", providerStatus: "REJECTED"))
    static let purchaseRouted = Self(status: "SUCCEEDED", subStatus: "FRAUD_DECLINED", transaction: .purchase,
                                     fraudScreening: .declined(routed: true))
    static let fraudScreening = Self(status: "DECLINED", subStatus: "FRAUD_DECLINED", transaction: nil,
                                     fraudScreening: .declined(routed: false))
    static let authorize = Self(status: "PENDING", subStatus: "AUTHORIZED", transaction: .authorize)
    static let authorizeDeclined = Self(
        status: "DECLINED", subStatus: "DECLINED",
        transaction: .init(type: "AUTHORIZE", status: "DECLINED", responseCode: "INSUFFICIENT_FUNDS",
                           responseMessage: "Insufficient funds", reason: "INSUFFICIENT_FUNDS", providerStatus: "REJECTED"))
    static let capture = Self(
        status: "SUCCEEDED", subStatus: "CAPTURED",
        transaction: .init(type: "CAPTURE", status: "SUCCEEDED", responseCode: "SUCCEEDED", responseMessage: "Transaction successful"),
        earlier: [.authorize], captured: true)
    static let refund = Self(
        status: "REFUNDED", subStatus: "REFUNDED",
        transaction: .init(type: "REFUND", status: "SUCCEEDED", responseCode: "SUCCEEDED",
                           responseMessage: "Transaction successful", reason: "REQUESTED_BY_CUSTOMER", providerStatus: "REFUNDED"),
        earlier: [.purchase], refunded: true, currencyConversion: true)
    static let refundDeclined = Self(
        status: "SUCCEEDED", subStatus: "APPROVED",
        transaction: .init(type: "REFUND", status: "DECLINED", responseCode: "REFUND_NOT_ALLOWED",
                           responseMessage: "The provider did not allow the refund", reason: "REQUESTED_BY_CUSTOMER",
                           providerStatus: "REJECTED"),
        earlier: [.purchase])
    static let cancel = Self(
        status: "CANCELED", subStatus: "CANCELED",
        transaction: .init(type: "CANCEL", status: "SUCCEEDED", responseCode: "SUCCEEDED", responseMessage: "Transaction successful",
                           providerStatus: "CANCELLED"),
        earlier: [.authorize])
    static let verify = Self(
        status: "VERIFIED", subStatus: "VERIFIED",
        transaction: .init(type: "VERIFY", status: "SUCCEEDED", responseCode: "SUCCEEDED", responseMessage: "Transaction successful",
                           providerStatus: "VERIFIED"))
    static let chargeback = Self(
        status: "CHARGEBACK", subStatus: "LOST",
        transaction: .init(type: "CHARGEBACK", status: "SUCCEEDED", responseCode: "SUCCEEDED",
                           responseMessage: "Chargeback lost", reason: "FRAUDULENT", providerStatus: "CHARGEBACK"),
        earlier: [.purchase], currencyConversion: true)
    static let chargebackDispute = Self(
        status: "IN_DISPUTE", subStatus: "RECEIVED",
        transaction: .init(type: "CHARGEBACK", status: "PENDING", responseCode: "ACTION_REQUIRED",
                           responseMessage: "Chargeback received. Documentation must be provided", reason: "FRAUDULENT",
                           providerStatus: "NOTIFICATION_OF_CHARGEBACK"),
        earlier: [.purchase], currencyConversion: true)
    static let preChargeback = Self(
        status: "SUCCEEDED", subStatus: "APPROVED",
        transaction: .init(type: "PRE_CHARGEBACK", status: "CREATED", responseCode: "ACTION_REQUIRED",
                           responseMessage: "Chargeback or inquiry received. Decision or documentation must be provided",
                           reason: "FRAUDULENT", providerStatus: "NOTIFICATION_OF_FRAUD"),
        earlier: [.purchase])
}
