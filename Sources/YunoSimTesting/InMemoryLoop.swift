import Foundation
import Synchronization
import YunoSimCore

/// One thread of an ``InMemoryTransport``, run like a curl loop: the jobs it was handed wait
/// in its inbox; each turn it makes requests up to its share, answers every request on the wire
/// (unless the gate is closed) and keeps the jobs the answers free for its next turn, handing
/// what exceeds its share to the other threads.
final class InMemoryLoop: Sendable {
    private struct Inbox {
        var jobs: [any TransportJob] = []
        var stopping = false
    }

    let index: Int
    private let share: Int
    private let inbox = Mutex(Inbox())
    /// Signalled when the inbox gets its first job, the gate opens or the loop must stop.
    private let wakeup = DispatchSemaphore(value: 0)

    init(index: Int, share: Int) {
        self.index = index
        self.share = share
    }

    /// Starts the thread. It holds `transport` only during a turn, never while it waits: the
    /// transport stops its loops when it is released.
    func start(transport: InMemoryTransport) {
        let thread = Thread { [self, weak transport] in
            Thread.current.threadDictionary[InMemoryTransport.threadKey] = index
            var state = InMemoryLoopState()
            func turn() -> Bool? {
                guard let transport else { return nil }
                return self.turn(&state, transport: transport)
            }
            while let busy = turn() {
                if !busy { wakeup.wait() }
            }
        }
        thread.name = "yuno-sim.in-memory.\(index)"
        thread.start()
    }

    /// Queues `job`; safe from any thread.
    func submit(_ job: any TransportJob) {
        let wasEmpty = inbox.withLock { inbox in
            inbox.jobs.append(job)
            return inbox.jobs.count == 1
        }
        if wasEmpty { wake() }
    }

    func wake() {
        wakeup.signal()
    }

    func stop() {
        inbox.withLock { $0.stopping = true }
        wake()
    }

    /// One turn of the loop: `true` when it may have more to do at once, `false` when it must
    /// wait for a job or the gate, `nil` once it must stop.
    private func turn(_ state: inout InMemoryLoopState, transport: InMemoryTransport) -> Bool? {
        let (arrived, stopping) = inbox.withLock { inbox in
            defer { inbox.jobs.removeAll(keepingCapacity: true) }
            return (inbox.jobs, inbox.stopping)
        }
        if stopping { return nil }
        state.waiting.append(contentsOf: arrived)
        // Make requests up to the share, as a curl loop starts its waiting transfers.
        while state.wire.count < share, state.head < state.waiting.count {
            let job = state.waiting[state.head]
            state.head += 1
            if let request = job.makeRequest(next: &state.waiting) {
                transport.sent(request, thread: index)
                state.wire.append((job, request))
            }
        }
        if state.head == state.waiting.count {
            state.waiting.removeAll(keepingCapacity: true)
            state.head = 0
        }
        guard !state.wire.isEmpty, transport.gateOpen.load(ordering: .acquiring) else { return false }
        // Answer everything on the wire; the jobs each answer frees start in the next turn.
        swap(&state.wire, &state.answering)
        for (job, request) in state.answering {
            let response = transport.respond(request)
            transport.answered()
            job.finish(response, next: &state.waiting)
        }
        state.answering.removeAll(keepingCapacity: true)
        spreadSurplus(&state, transport: transport)
        return true
    }

    /// Jobs beyond this loop's share go to the other loops, which may be idle.
    private func spreadSurplus(_ state: inout InMemoryLoopState, transport: InMemoryTransport) {
        let surplus = (state.waiting.count - state.head) - (share - state.wire.count)
        guard surplus > 0, transport.threadCount > 1 else { return }
        transport.spread(state.waiting.suffix(surplus), from: self)
        state.waiting.removeLast(surplus)
    }
}

/// What only the loop's thread touches: neither `Sendable` nor copyable, so it stays there.
struct InMemoryLoopState: ~Copyable {
    var waiting: [any TransportJob] = []
    var head = 0
    var wire: [(job: any TransportJob, request: DeliveryRequest)] = []
    var answering: [(job: any TransportJob, request: DeliveryRequest)] = []
}

@available(*, unavailable)
extension InMemoryLoopState: Sendable {}
