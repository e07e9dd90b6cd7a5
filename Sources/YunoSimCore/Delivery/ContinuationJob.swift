/// A job for ``Transport/deliver(_:)`` on a transport that runs jobs on its own threads: a
/// request made already, and the continuation of the task that awaits its answer.
public final class ContinuationJob: TransportJob {
    private let request: DeliveryRequest
    private let continuation: UnsafeContinuation<TransportResponse, Never>

    /// Sends `request` through `transport`'s jobs and returns the answer.
    public static func deliver(_ request: DeliveryRequest, through transport: some Transport) async -> TransportResponse {
        await withUnsafeContinuation { continuation in
            transport.submit(ContinuationJob(request: request, continuation: continuation))
        }
    }

    private init(request: DeliveryRequest, continuation: UnsafeContinuation<TransportResponse, Never>) {
        self.request = request
        self.continuation = continuation
    }

    public func makeRequest(next: inout [any TransportJob]) -> DeliveryRequest? { request }

    public func finish(_ response: TransportResponse, next: inout [any TransportJob]) {
        continuation.resume(returning: response)
    }
}
