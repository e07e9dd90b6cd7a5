import YunoSimCore

/// A transport with no sockets: every request is answered at once with one fixed status, so
/// the benchmark measures rendering, signing, scheduling and bookkeeping alone.
struct InMemoryTransport: Transport {
    let status: Int

    func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        TransportResponse(status: status, latency: .zero, bytesSent: request.body.count)
    }
}
