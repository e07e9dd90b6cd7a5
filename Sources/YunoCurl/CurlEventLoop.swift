import Foundation
import Synchronization
import YunoSimCore

/// One thread that drives a curl multi handle, and what other threads share with it: the inbox
/// of submitted jobs and the ``LoopWakeup`` that tells the thread to look at it.
///
/// Everything else belongs to the thread, in types that are not `Sendable`: its
/// ``CurlJobLoop`` (the jobs waiting and the work spread to other loops), the ``CurlMulti``
/// and the ``EpollSelector``. They are made here and handed to the thread once, never touched
/// from this side again.
final class CurlEventLoop: Sendable {
    private struct Inbox {
        var jobs: [any TransportJob] = []
        var stopping = false
        var exitWaiters: [CheckedContinuation<Void, Never>] = []
        var exited = false
    }

    private let inbox = Mutex(Inbox())
    private let wakeup: LoopWakeup
    /// Readiness reports on connection sockets curl did not watch at the time (each such
    /// socket is then taken out of epoll): one per kept-alive connection the server closed.
    let unwantedSocketEvents = Atomic<Int>(0)

    /// Starts the thread; fails when memory or file descriptors run out (a low `ulimit -n`
    /// with many threads).
    init(configuration: CurlTransport.Configuration, maxInFlight: Int, ring: CurlLoopRing?) throws(InputError) {
        wakeup = try LoopWakeup()
        let selector = try EpollSelector(wakeup: wakeup)
        let multi = try CurlMulti(configuration: configuration, maxConnections: maxInFlight, selector: selector)
        // The one hand-over of the thread's state: nothing on this side keeps a reference.
        nonisolated(unsafe) let jobs = CurlJobLoop(multi: multi, selector: selector, maxInFlight: maxInFlight, ring: ring)
        let thread = Thread { [self] in
            jobs.run(for: self)
            exited()
        }
        thread.name = "yuno-sim.curl"
        thread.start()
    }

    /// Queues `job`; safe from any thread.
    func submit(_ job: any TransportJob) {
        let (accepted, wasEmpty) = inbox.withLock { inbox in
            guard !inbox.stopping else { return (false, false) }
            inbox.jobs.append(job)
            return (true, inbox.jobs.count == 1)
        }
        if !accepted {
            // Nothing can be sent any more: what the job returns fails the same way, so a run
            // still hears back about every attempt it started.
            var rejected = [job]
            while let next = rejected.popLast() {
                next.finish(TransportResponse(status: nil, latency: .zero, error: .send("the transport was shut down")), next: &rejected)
            }
        } else if wasEmpty {
            // A non-empty inbox already has a wakeup on its way: the thread drains it whole.
            wakeup.signal()
        }
    }

    /// Asks the thread to finish what it has and exit; does not wait.
    func stop() {
        inbox.withLock { $0.stopping = true }
        wakeup.signal()
    }

    /// Asks the thread to finish what it has and waits until it has exited.
    func stopAndWait() async {
        await withCheckedContinuation { continuation in
            let exited = inbox.withLock { inbox in
                inbox.stopping = true
                if inbox.exited { return true }
                inbox.exitWaiters.append(continuation)
                return false
            }
            if exited { continuation.resume() } else { wakeup.signal() }
        }
    }

    /// For the thread: the jobs submitted since it last looked, and whether it should stop.
    func takeInbox() -> (jobs: [any TransportJob], stopping: Bool) {
        inbox.withLock { inbox in
            defer { inbox.jobs.removeAll(keepingCapacity: true) }
            return (inbox.jobs, inbox.stopping)
        }
    }

    private func exited() {
        let waiters = inbox.withLock { inbox in
            inbox.exited = true
            defer { inbox.exitWaiters.removeAll() }
            return inbox.exitWaiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
