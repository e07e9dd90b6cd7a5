import CCurl
import YunoSimCore

/// One job on its way through curl: the job, the request it made when the loop started it,
/// and the state curl's callbacks update.
///
/// Ownership passes to the loop thread at submission; from then on only that thread touches
/// it, which is what makes handing it over (`@unchecked Sendable`) safe.
final class CurlTransfer: @unchecked Sendable {
    private let job: any TransportJob
    /// Made by the job when the loop starts the transfer, then never changed: curl reads its
    /// body in place.
    private(set) var request: DeliveryRequest?
    /// Response body bytes seen, including the discarded ones.
    private(set) var received = 0
    /// The kept prefix of the response body.
    private(set) var bodyPrefix: [UInt8] = []
    private var bodyLimit = 0

    init(job: any TransportJob) {
        self.job = job
    }

    /// The body's bytes in place, valid as long as the transfer lives: `request` is set once,
    /// so its array storage is never mutated or moved. An empty body still gets a valid
    /// pointer, or curl would look for the body elsewhere.
    var bodyBytes: UnsafeRawBufferPointer {
        guard let request else { return UnsafeRawBufferPointer(start: Self.empty.utf8Start, count: 0) }
        return request.body.withUnsafeBytes { bytes in
            guard bytes.baseAddress != nil else { return UnsafeRawBufferPointer(start: Self.empty.utf8Start, count: 0) }
            return bytes
        }
    }

    private static let empty: StaticString = ""

    /// Has the job make its request (rendering and signing, for a run's attempt, here on the
    /// loop's thread) and returns it.
    func start(bodyLimit: Int) -> DeliveryRequest {
        self.bodyLimit = bodyLimit
        received = 0
        let request = job.makeRequest()
        self.request = request
        return request
    }

    /// Hands `response` to `transfer`'s job; returns transfers for the jobs it lets start.
    static func following(_ transfer: CurlTransfer, _ response: TransportResponse) -> [CurlTransfer] {
        transfer.job.finish(response).map(CurlTransfer.init(job:))
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
