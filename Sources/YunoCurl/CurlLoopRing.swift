import Synchronization
import YunoSimCore

/// A transport's loop threads, for handing jobs from one to the others.
///
/// On the instant clock a wave's last answer frees the whole next wave at once (every retry
/// due at +5m, say), on the thread that saw it. One loop starts at most its share of the
/// transfers in flight, so without this the other threads idled for the rest of the run:
/// 10,000 events failing seven times took 3.45 s where one wave of 70,000 attempts took 2.4 s.
final class CurlLoopRing: Sendable {
    private let loops = Mutex<[CurlEventLoop]>([])
    private let next = Atomic<Int>(0)

    /// The loops to spread over; set by the transport once they have all started, and emptied
    /// when it stops them (the loops hold this ring: that ends the cycle).
    func set(_ loops: [CurlEventLoop]) {
        self.loops.withLock { $0 = loops }
    }

    /// Hands `jobs`, round-robin, to every loop but `from`.
    func spread(_ jobs: [any TransportJob], from: CurlEventLoop) {
        let others = loops.withLock { $0.filter { $0 !== from } }
        guard !others.isEmpty else {
            for job in jobs { from.submit(job) }
            return
        }
        for job in jobs {
            others[next.add(1, ordering: .relaxed).oldValue % others.count].submit(job)
        }
    }
}
