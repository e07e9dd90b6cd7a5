/// Sends one HTTP request and reports what happened.
///
/// The core library knows nothing about how bytes reach the merchant: the libcurl transport
/// implements this for real, and the scheduler's unit tests use an in-memory one.
public protocol Transport: Sendable {
    /// Performs one POST. Never throws: every failure is described by the response's `error`.
    func deliver(_ request: DeliveryRequest) async -> TransportResponse

    /// Starts one POST and returns at once; `completion` runs exactly once, on any thread, with
    /// what ``deliver(_:)`` would have returned. The runner sends this way so that an attempt
    /// costs no task of its own. By default it runs ``deliver(_:)`` in a new task.
    func submit(_ request: DeliveryRequest, completion: @escaping @Sendable (TransportResponse) -> Void)
}

extension Transport {
    public func submit(_ request: DeliveryRequest, completion: @escaping @Sendable (TransportResponse) -> Void) {
        Task { completion(await deliver(request)) }
    }
}
