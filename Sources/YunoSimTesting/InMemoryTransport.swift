import Foundation
import Synchronization
import YunoSimCore

/// A transport with no sockets that runs jobs the way `CurlTransport` does: loop threads take
/// submitted jobs, make their requests (each thread up to its share of `concurrency` on the
/// wire), answer them with `respond`, and start the jobs an answer frees on the same thread,
/// handing what exceeds its share to the other threads. Core tests drive the production
/// completion path through it, the OAuth2 token step included; the benchmark drives the
/// delivery pipeline with it.
///
/// When recording, it keeps every request and counts those on the wire; a closed gate holds
/// requests on the wire, unanswered, until ``openGate()``.
public final class InMemoryTransport: Transport {
    /// A request as the transport sent it.
    public struct Received: Sendable {
        public var request: DeliveryRequest
        /// The body's `type_event`, or `?`.
        public var typeEvent: String
        /// The body's `retry`, or -1.
        public var retry: Int
        /// Which of the transport's threads made and sent it, from 0.
        public var thread: Int
    }

    private struct Record {
        var received: [Received] = []
        var inFlight = 0
        var maxInFlight = 0
        var arrivalWaiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let loops: [InMemoryLoop]
    private let nextLoop = Atomic<Int>(0)
    private let recording: Bool
    private let record = Mutex(Record())
    let gateOpen: Atomic<Bool>
    let respond: @Sendable (DeliveryRequest) -> TransportResponse

    /// - Parameters:
    ///   - threads: loop threads, each with an equal share of `concurrency`.
    ///   - concurrency: requests on the wire at once, across the threads.
    ///   - recording: keep every request (``received``) and count those on the wire
    ///     (``maxInFlight``); off for measurements.
    ///   - gateOpen: when `false`, requests stay on the wire unanswered until ``openGate()``.
    ///   - respond: the answer to a request; called on a loop thread.
    public init(
        threads: Int = 1,
        concurrency: Int = .max,
        recording: Bool = true,
        gateOpen: Bool = true,
        respond: @escaping @Sendable (DeliveryRequest) -> TransportResponse
    ) {
        let threads = max(1, threads)
        self.recording = recording
        self.gateOpen = Atomic(gateOpen)
        self.respond = respond
        self.loops = (0..<threads).map { InMemoryLoop(index: $0, share: max(1, concurrency / threads)) }
        for loop in loops { loop.start(transport: self) }
    }

    /// Answers every delivery with the status `answer` gives for the body's `type_event` and
    /// `retry` (200 by default), 2 ms after it was sent.
    public convenience init(
        gateOpen: Bool = true,
        answer: @escaping @Sendable (_ typeEvent: String, _ retry: Int) -> Int = { _, _ in 200 }
    ) {
        self.init(gateOpen: gateOpen) { request in
            let fields = Self.fields(request.body)
            return TransportResponse(status: answer(fields.typeEvent, fields.retry), latency: .milliseconds(2), bytesSent: request.body.count)
        }
    }

    deinit {
        for loop in loops { loop.stop() }
    }

    public func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        await ContinuationJob.deliver(request, through: self)
    }

    /// Queues `job` on a loop thread, which makes its request, answers it and starts the jobs
    /// it returns on the same thread.
    public func submit(_ job: any TransportJob) {
        let index = loops.count == 1 ? 0 : nextLoop.add(1, ordering: .relaxed).oldValue % loops.count
        loops[index].submit(job)
    }

    /// Hands `jobs`, round-robin, to every loop but `from`.
    func spread(_ jobs: some Sequence<any TransportJob>, from: InMemoryLoop) {
        for job in jobs {
            var index = nextLoop.add(1, ordering: .relaxed).oldValue % loops.count
            if loops[index] === from { index = (index + 1) % loops.count }
            loops[index].submit(job)
        }
    }

    var threadCount: Int { loops.count }

    static let threadKey = "yuno-sim.in-memory.thread"

    /// Which in-memory transport thread the caller runs on (as ``Received/thread``), or `nil`
    /// on any other thread.
    public static var currentThread: Int? {
        Thread.current.threadDictionary[threadKey] as? Int
    }

    /// Lets held and future requests be answered.
    public func openGate() {
        gateOpen.store(true, ordering: .releasing)
        for loop in loops { loop.wake() }
    }

    /// Returns once `count` requests have been sent in total (when recording).
    public func waitForRequests(_ count: Int) async {
        guard recording else { return }
        await withCheckedContinuation { continuation in
            let ready = record.withLock { record in
                if record.received.count >= count { return true }
                record.arrivalWaiters.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Every request sent, in order (when recording).
    public var received: [Received] { record.withLock { $0.received } }
    /// The most requests on the wire at once (when recording).
    public var maxInFlight: Int { record.withLock { $0.maxInFlight } }

    /// Called by a loop as it sends `request`.
    func sent(_ request: DeliveryRequest, thread: Int) {
        guard recording else { return }
        let fields = Self.fields(request.body)
        let ready = record.withLock { record in
            record.received.append(Received(request: request, typeEvent: fields.typeEvent, retry: fields.retry, thread: thread))
            record.inFlight += 1
            record.maxInFlight = max(record.maxInFlight, record.inFlight)
            let arrived = record.received.count
            defer { record.arrivalWaiters.removeAll { $0.count <= arrived } }
            return record.arrivalWaiters.filter { $0.count <= arrived }
        }
        for waiter in ready { waiter.continuation.resume() }
    }

    /// Called by a loop as it answers a request.
    func answered() {
        if recording { record.withLock { $0.inFlight -= 1 } }
    }

    /// A JSON body's `type_event` (`?` when it has none) and `retry` (-1 when it has none).
    public static func fields(_ body: [UInt8]) -> (typeEvent: String, retry: Int) {
        let value = try? JSONParser.parse(body)
        let typeEvent = if case .string(let text)? = value?["type_event"] { text } else { "?" }
        let retry = if case .integer(let number)? = value?["retry"] { Int(number) } else { -1 }
        return (typeEvent, retry)
    }
}
