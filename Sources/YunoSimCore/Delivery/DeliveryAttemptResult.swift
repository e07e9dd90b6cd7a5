/// The outcome of one signed delivery attempt, judged by Yuno's acknowledgement rule.
public struct DeliveryAttemptResult: Sendable {
    /// The `x-hmac-signature` sent, when an HMAC secret is configured.
    public var signature: String?
    /// What came back over the wire.
    public var response: TransportResponse
    /// Why the attempt does not count as received; `nil` when it was acknowledged.
    public var error: DeliveryError?

    public init(signature: String?, response: TransportResponse, error: DeliveryError?) {
        self.signature = signature
        self.response = response
        self.error = error
    }

    /// Whether the merchant acknowledged the delivery.
    public var isAcknowledged: Bool { error == nil }
}
