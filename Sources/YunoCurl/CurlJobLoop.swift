import YunoSimCore

/// The loop a ``CurlEventLoop``'s thread runs: takes submitted jobs, starts their transfers up
/// to its share of the transport's concurrency, waits on the ``EpollSelector``, hands ready
/// sockets and curl's timer to the ``CurlMulti``, and gives each answer to its job, starting
/// the jobs it returns on this same thread (what exceeds the share goes to the other loops).
///
/// Not `Sendable`: it, its multi handle and its selector live on the loop's thread alone.
final class CurlJobLoop {
    private let multi: CurlMulti
    private let selector: EpollSelector
    private let maxInFlight: Int
    /// Where jobs beyond this loop's share go; `nil` with one loop.
    private let ring: CurlLoopRing?
    private var waiting: [any TransportJob] = []
    private var waitingHead = 0

    init(multi: CurlMulti, selector: EpollSelector, maxInFlight: Int, ring: CurlLoopRing?) {
        self.multi = multi
        self.selector = selector
        self.maxInFlight = maxInFlight
        self.ring = ring
    }

    /// Runs until `loop` is stopped and every job it was given has been answered.
    func run(for loop: CurlEventLoop) {
        while true {
            let (arrived, stopping) = loop.takeInbox()
            waiting.append(contentsOf: arrived)
            startWaitingTransfers(loop)
            if stopping, multi.inFlight == 0, waitingHead == waiting.count { break }

            if multi.fireTimerIfDue() {
                collectFinishedTransfers(loop)
                continue
            }
            // Never more than a second, so a stop is seen even if a wakeup were lost.
            let wait: Int32 = multi.inFlight < maxInFlight && waitingHead < waiting.count ? 0 : multi.millisecondsToTimer(limit: 1_000)
            let unwanted = selector.wait(milliseconds: wait) { socket, readiness in
                multi.socketReady(socket, readiness)
            }
            if unwanted > 0 { loop.unwantedSocketEvents.add(unwanted, ordering: .relaxed) }
            collectFinishedTransfers(loop)
        }
        waiting.removeAll()
    }

    private func startWaitingTransfers(_ loop: CurlEventLoop) {
        while multi.inFlight < maxInFlight, waitingHead < waiting.count {
            let job = waiting[waitingHead]
            waitingHead += 1
            // A job waiting for its OAuth2 token makes no request; it comes back when it has one.
            guard let request = job.makeRequest(next: &waiting) else { continue }
            if !multi.start(job, request: request) {
                job.finish(TransportResponse(status: nil, latency: .zero, error: .send("curl_easy_init failed")), next: &waiting)
            }
        }
        if waitingHead == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            waitingHead = 0
        }
    }

    private func collectFinishedTransfers(_ loop: CurlEventLoop) {
        multi.collectFinished { job, response in
            // What this answer lets start goes out from this thread, in this same turn.
            job.finish(response, next: &waiting)
            spreadSurplus(loop)
        }
    }

    /// Jobs an answer freed beyond what this loop can start go to the other loops, which may
    /// be idle: the last answer of a wave frees the next one whole.
    private func spreadSurplus(_ loop: CurlEventLoop) {
        let surplus = (waiting.count - waitingHead) - (maxInFlight - multi.inFlight)
        guard surplus > 0, let ring else { return }
        ring.spread(Array(waiting.suffix(surplus)), from: loop)
        waiting.removeLast(surplus)
    }
}
