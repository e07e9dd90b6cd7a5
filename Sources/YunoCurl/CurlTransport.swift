import CCurl
import Foundation
import Synchronization
import YunoSimCore

/// The real HTTP transport: libcurl's multi interface driven by dedicated threads.
///
/// Each ``CurlEventLoop``'s thread owns one multi handle, its easy handles and its connection cache, so
/// connections to the same host are kept alive and reused across deliveries. Swift concurrency
/// threads never block in curl: every request goes to a loop thread as a ``TransportJob``
/// (see ``CurlJobLoop``).
public final class CurlTransport: Transport {
    /// How the transport behaves; every field has a default.
    public struct Configuration: Sendable {
        /// Transfers in flight at once, across all threads.
        public var concurrency: Int
        /// Threads driving curl; each takes an equal share of `concurrency`.
        public var threads: Int
        /// PEM file of certificate authorities to trust instead of the system's.
        public var caCertificatePath: String?
        /// Skip certificate and host name verification (for self-signed test endpoints only).
        public var insecure: Bool
        /// How much of a response body is kept; the rest is read and discarded.
        public var responseBodyLimit: Int

        /// What `run` uses unless told otherwise: one thread per core available, at most 4.
        /// On 2 cores, 2 threads sent 20,000 deliveries in 3.0-4.2 s where 1 took 3.8-5.4 s, and
        /// 3 were no faster than 2 (bench/HISTORY.md); past the cores a thread only adds connections.
        public static var defaultThreads: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4) }

        public init(
            concurrency: Int = 32,
            threads: Int = 1,
            caCertificatePath: String? = nil,
            insecure: Bool = false,
            responseBodyLimit: Int = 64 * 1024
        ) {
            self.concurrency = concurrency
            self.threads = threads
            self.caCertificatePath = caCertificatePath
            self.insecure = insecure
            self.responseBodyLimit = responseBodyLimit
        }
    }

    private let loops: [CurlEventLoop]
    private let nextLoop = Atomic<Int>(0)
    private let ring = CurlLoopRing()

    /// Starts the transport's threads (never more than transfers in flight). Call
    /// ``shutdown()`` when done, or use ``withCurlTransport(_:_:)``.
    ///
    /// - Throws: when a thread cannot start for want of file descriptors or memory; the
    ///   threads already started are stopped.
    public init(configuration: Configuration = Configuration()) throws(InputError) {
        CurlGlobal.initialize()
        let concurrency = max(1, configuration.concurrency)
        let threads = min(max(1, configuration.threads), concurrency)
        var loops: [CurlEventLoop] = []
        let ring = threads > 1 ? self.ring : nil
        for index in 0..<threads {
            // Spread the limit so the total in flight never exceeds `concurrency`.
            let share = concurrency / threads + (index < concurrency % threads ? 1 : 0)
            do {
                loops.append(try CurlEventLoop(configuration: configuration, maxInFlight: share, ring: ring))
            } catch {
                for loop in loops { loop.stop() }
                throw error
            }
        }
        self.loops = loops
        ring?.set(loops)
    }

    deinit {
        for loop in loops { loop.stop() }
        ring.set([])
    }

    public func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        await ContinuationJob.deliver(request, through: self)
    }

    /// Queues `job` on a loop thread, which makes its request, sends it, hands it the answer
    /// and starts the jobs it returns on the same thread.
    public func submit(_ job: any TransportJob) {
        let index = loops.count == 1 ? 0 : nextLoop.add(1, ordering: .relaxed).oldValue % loops.count
        loops[index].submit(job)
    }

    /// Readiness reports on kept-alive connection sockets that curl was not watching (a
    /// server closing an idle connection), across the threads.
    var unwantedSocketEvents: Int {
        loops.reduce(0) { $0 + $1.unwantedSocketEvents.load(ordering: .relaxed) }
    }

    /// Lets every queued and in-flight transfer finish, then stops the threads and frees the
    /// curl handles.
    public func shutdown() async {
        for loop in loops {
            await loop.stopAndWait()
        }
        ring.set([])
    }
}

/// Runs `body` with a transport that is always shut down afterwards.
public func withCurlTransport<Result: Sendable>(
    _ configuration: CurlTransport.Configuration = .init(),
    _ body: (CurlTransport) async throws -> Result
) async throws -> Result {
    let transport = try CurlTransport(configuration: configuration)
    do {
        let result = try await body(transport)
        await transport.shutdown()
        return result
    } catch {
        await transport.shutdown()
        throw error
    }
}

/// `curl_global_init` must run once per process before any handle exists.
enum CurlGlobal {
    private static let done: Bool = yuno_global_init() == CURLE_OK

    static func initialize() {
        _ = done
    }
}
