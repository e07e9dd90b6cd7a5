import YunoSimCore

/// A transport with no sockets: every request is answered at once with one fixed status, so
/// the benchmark measures rendering, signing, scheduling and bookkeeping alone.
struct InMemoryTransport: Transport {
    let status: Int

    func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        response(to: request)
    }

    /// Answers before returning, on the caller's thread, as a transport that never waits would.
    func submit(_ request: DeliveryRequest, completion: @escaping @Sendable (TransportResponse) -> Void) {
        completion(response(to: request))
    }

    private func response(to request: DeliveryRequest) -> TransportResponse {
        TransportResponse(status: status, latency: .zero, bytesSent: request.body.count)
    }
}
