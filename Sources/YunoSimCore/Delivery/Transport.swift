/// Sends one HTTP request and reports what happened.
///
/// The core library knows nothing about how bytes reach the merchant: the libcurl transport
/// implements this for real, and the scheduler's unit tests use an in-memory one.
public protocol Transport: Sendable {
    /// Performs one POST. Never throws: every failure is described by the response's `error`.
    func deliver(_ request: DeliveryRequest) async -> TransportResponse
}
