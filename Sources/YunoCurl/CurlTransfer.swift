import CCurl
import YunoSimCore

/// One request on its way through curl: the request, the continuation to resume, and the
/// state curl's callbacks update.
///
/// Ownership passes to the loop thread at submission; from then on only that thread touches
/// it, which is what makes handing it over (`@unchecked Sendable`) safe.
final class CurlTransfer: @unchecked Sendable {
    let request: DeliveryRequest
    private let continuation: UnsafeContinuation<TransportResponse, Never>
    /// Response body bytes seen, including the discarded ones.
    private(set) var received = 0
    /// The kept prefix of the response body.
    private(set) var bodyPrefix: [UInt8] = []
    private var bodyLimit = 0

    init(request: DeliveryRequest, continuation: UnsafeContinuation<TransportResponse, Never>) {
        self.request = request
        self.continuation = continuation
    }

    /// The body's bytes in place, valid as long as the transfer lives: `request` is a `let`,
    /// so its array storage is never mutated or moved. An empty body still gets a valid
    /// pointer, or curl would look for the body elsewhere.
    var bodyBytes: UnsafeRawBufferPointer {
        request.body.withUnsafeBytes { bytes in
            guard bytes.baseAddress != nil else { return UnsafeRawBufferPointer(start: Self.empty.utf8Start, count: 0) }
            return bytes
        }
    }

    private static let empty: StaticString = ""

    func prepare(bodyLimit: Int) {
        self.bodyLimit = bodyLimit
        received = 0
    }

    func finish(_ response: TransportResponse) {
        continuation.resume(returning: response)
    }

    /// Counts every response byte, keeps at most the configured prefix.
    func receive(_ data: UnsafeMutablePointer<CChar>, count: Int) {
        received += count
        let room = bodyLimit - bodyPrefix.count
        guard room > 0 else { return }
        let kept = min(room, count)
        data.withMemoryRebound(to: UInt8.self, capacity: kept) { bytes in
            bodyPrefix.append(contentsOf: UnsafeBufferPointer(start: bytes, count: kept))
        }
    }
}
