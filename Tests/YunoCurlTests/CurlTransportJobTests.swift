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
        /// How many steps make the whole run, for ``FanJob``.
        let expected: Int

        init(expected: Int = 0) {
            self.expected = expected
        }
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

        func makeRequest(next: inout [any TransportJob]) -> DeliveryRequest? {
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

    /// A job that, answered, returns `children` jobs at once, as a wave's last answer frees the
    /// next wave; the children log where they ran.
    private final class FanJob: TransportJob {
        let url: String
        let children: Int
        let log: StepLog
        let ended: @Sendable () -> Void

        init(url: String, children: Int, log: StepLog, ended: @escaping @Sendable () -> Void) {
            (self.url, self.children, self.log, self.ended) = (url, children, log, ended)
        }

        func makeRequest(next: inout [any TransportJob]) -> DeliveryRequest? {
            DeliveryRequest(url: url, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(#"{"retry":0}"#.utf8))
        }

        func finish(_ response: TransportResponse, next: inout [any TransportJob]) {
            let count = log.steps.withLock { steps in
                steps.append(Step(link: children > 0 ? 0 : 1, thread: UInt(pthread_self()), status: response.status, error: response.error?.shortName))
                return steps.count
            }
            for _ in 0..<children { next.append(FanJob(url: url, children: 0, log: log, ended: ended)) }
            if children == 0, count == log.expected { ended() }
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

    /// Each of two loops runs at most 4 of the 8 transfers in flight. A job whose answer frees
    /// 8 keeps 4 on its loop and hands the other 4 to the other loop, which had nothing to do;
    /// before, all 8 stayed on one thread and half the run's concurrency went unused.
    @Test(.timeLimit(.minutes(1))) func aLoopHandedMoreThanItsShareGivesTheRestToTheOtherLoop() async throws {
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0))
        let steps = try await merchant.withRunning { url in
            try await withCurlTransport(.init(concurrency: 8, threads: 2)) { transport in
                let log = StepLog(expected: 9)
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    transport.submit(FanJob(url: url, children: 8, log: log) { continuation.resume() })
                }
                return log.steps.withLock { $0 }
            }
        }
        #expect(steps.count == 9)
        #expect(steps.allSatisfy { $0.status == 200 && $0.error == nil })
        let root = try #require(steps.first { $0.link == 0 })
        let children = steps.filter { $0.link == 1 }
        #expect(children.count { $0.thread == root.thread } == 4)
        #expect(children.count { $0.thread != root.thread } == 4)
        #expect(Set(children.map(\.thread)).count == 2)
    }

    @Test(.timeLimit(.minutes(1))) func afterShutdownAJobAndWhatItReturnsFailWithoutBeingSent() async throws {
        let transport = try CurlTransport(configuration: .init(concurrency: 2))
        await transport.shutdown()
        let steps = await Self.runChain(url: "http://127.0.0.1:9/never", links: 3, transport: transport)
        #expect(steps.map(\.link) == [1, 2, 3])
        #expect(steps.allSatisfy { $0.status == nil && $0.error == "send" })
    }
}
