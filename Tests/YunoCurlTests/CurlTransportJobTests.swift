import Foundation
import Synchronization
import Testing
import YunoCurl
import YunoMerchant
import YunoSimCore

/// Jobs submitted to the libcurl transport: made, answered and followed up on a loop thread.
@Suite struct CurlTransportJobTests {
    /// What each job of a chain saw.
    private struct Step: Sendable {
        var link: Int
        var thread: UInt
        var status: Int?
        var error: String?
    }

    /// The steps of one chain, shared by its jobs.
    private final class StepLog: Sendable {
        let steps = Mutex<[Step]>([])
    }

    /// A job that posts to `url` and, when answered, returns the next link until `links` ran.
    private final class ChainJob: TransportJob {
        let url: String
        let link: Int
        let links: Int
        let log: StepLog
        let ended: @Sendable () -> Void

        init(url: String, link: Int, links: Int, log: StepLog, ended: @escaping @Sendable () -> Void) {
            (self.url, self.link, self.links, self.log, self.ended) = (url, link, links, log, ended)
        }

        func makeRequest() -> DeliveryRequest {
            DeliveryRequest(url: url, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(#"{"retry":0}"#.utf8))
        }

        func finish(_ response: TransportResponse, next: inout [any TransportJob]) {
            log.steps.withLock { $0.append(Step(link: link, thread: UInt(pthread_self()), status: response.status, error: response.error?.shortName)) }
            guard link < links else {
                ended()
                return
            }
            next.append(ChainJob(url: url, link: link + 1, links: links, log: log, ended: ended))
        }
    }

    private static func runChain(url: String, links: Int, transport: CurlTransport) async -> [Step] {
        let log = StepLog()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            transport.submit(ChainJob(url: url, link: 1, links: links, log: log) { continuation.resume() })
        }
        return log.steps.withLock { $0 }
    }

    @Test(.timeLimit(.minutes(1))) func jobsAJobReturnsGoOutFromTheSameLoopThread() async throws {
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0))
        let steps = try await merchant.withRunning { url in
            try await withCurlTransport(.init(concurrency: 4, threads: 2)) { transport in
                // Two chains, so both loops have one; each must stay on its own thread.
                async let first = Self.runChain(url: url, links: 5, transport: transport)
                async let second = Self.runChain(url: url, links: 5, transport: transport)
                return await [first, second]
            }
        }
        for chain in steps {
            #expect(chain.map(\.link) == [1, 2, 3, 4, 5])
            #expect(chain.allSatisfy { $0.status == 200 && $0.error == nil })
            #expect(Set(chain.map(\.thread)).count == 1)
        }
        #expect(Set(steps.flatMap { $0.map(\.thread) }).count == 2)
    }

    @Test(.timeLimit(.minutes(1))) func afterShutdownAJobAndWhatItReturnsFailWithoutBeingSent() async throws {
        let transport = try CurlTransport(configuration: .init(concurrency: 2))
        await transport.shutdown()
        let steps = await Self.runChain(url: "http://127.0.0.1:9/never", links: 3, transport: transport)
        #expect(steps.map(\.link) == [1, 2, 3])
        #expect(steps.allSatisfy { $0.status == nil && $0.error == "send" })
    }
}
