import YunoSimCore

/// ``CurlTransport/deliver(_:)``'s job: a request made already, and the continuation of the
/// task that awaits its answer.
final class ContinuationJob: TransportJob {
    private let request: DeliveryRequest
    private let continuation: UnsafeContinuation<TransportResponse, Never>

    init(request: DeliveryRequest, continuation: UnsafeContinuation<TransportResponse, Never>) {
        self.request = request
        self.continuation = continuation
    }

    func makeRequest() -> DeliveryRequest { request }

    func finish(_ response: TransportResponse, next: inout [any TransportJob]) {
        continuation.resume(returning: response)
    }
}
