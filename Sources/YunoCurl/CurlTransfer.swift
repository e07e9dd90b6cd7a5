import CCurl
import Glibc
import YunoSimCore

/// One request on its way through curl: the request, the continuation to resume, and the
/// state curl's callbacks update.
///
/// Ownership passes to the loop thread at submission; from then on only that thread touches
/// it, which is what makes handing it over (`@unchecked Sendable`) safe.
final class CurlTransfer: @unchecked Sendable {
    let request: DeliveryRequest
    private let continuation: UnsafeContinuation<TransportResponse, Never>
    /// Next body byte the read callback hands to curl.
    private(set) var uploadOffset = 0
    /// Response body bytes seen, including the discarded ones.
    private(set) var received = 0
    /// The kept prefix of the response body.
    private(set) var bodyPrefix: [UInt8] = []
    private var bodyLimit = 0

    init(request: DeliveryRequest, continuation: UnsafeContinuation<TransportResponse, Never>) {
        self.request = request
        self.continuation = continuation
    }

    func prepare(bodyLimit: Int) {
        self.bodyLimit = bodyLimit
        uploadOffset = 0
        received = 0
    }

    func finish(_ response: TransportResponse) {
        continuation.resume(returning: response)
    }

    /// Copies up to `capacity` body bytes into curl's buffer; 0 at the end.
    func readBody(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        request.body.withUnsafeBytes { bytes in
            let count = min(capacity, bytes.count - uploadOffset)
            guard count > 0, let base = bytes.baseAddress else { return 0 }
            memcpy(buffer, base + uploadOffset, count)
            uploadOffset += count
            return count
        }
    }

    /// Rewinds the body when curl must resend it on a fresh connection.
    func seekBody(to offset: Int) -> Bool {
        guard offset >= 0, offset <= request.body.count else { return false }
        uploadOffset = offset
        return true
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
