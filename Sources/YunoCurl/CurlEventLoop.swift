import CCurl
import CEpoll
import Foundation
import Synchronization
import YunoSimCore

/// One thread that owns a curl multi handle and every easy handle it drives.
///
/// The thread waits in `epoll_wait` on the sockets curl asks it to watch (its socket
/// callback) and on an eventfd that `submit` writes to; each ready socket goes to
/// `curl_multi_socket_action`, so curl touches only the transfers that can move. (With
/// `curl_multi_perform`, every wakeup visits every transfer in flight and polls each socket
/// again, which cost about a third of the loop's time at 64 in flight.)
///
/// Apart from the inbox, all state is touched only on the loop's own thread, which is why the
/// class can be shared (`@unchecked Sendable`).
final class CurlEventLoop: @unchecked Sendable {
    private struct Inbox {
        var jobs: [any TransportJob] = []
        var stopping = false
        var exitWaiters: [CheckedContinuation<Void, Never>] = []
        var exited = false
    }

    private let inbox = Mutex(Inbox())
    private let multi: UnsafeMutableRawPointer
    private let epoll: Int32
    /// Written by `submit` and `stop` to wake the thread.
    private let wakeup: Int32
    private let configuration: CurlTransport.Configuration
    private let maxInFlight: Int
    /// Where jobs beyond this loop's share go; `nil` with one loop.
    private let ring: CurlLoopRing?

    // Loop-thread state.
    private var waiting: [any TransportJob] = []
    private var waitingHead = 0
    private var inFlight = 0
    /// Every easy handle made, kept alive here; curl's private pointer refers to them unretained.
    private var handles: [CurlEasyHandle] = []
    private var idleHandles: [CurlEasyHandle] = []
    /// Also reached by curl's socket-made and socket-closed callbacks, through this pointer
    /// rather than the loop: `curl_multi_cleanup` in `deinit` closes the cached connections.
    private let sockets: UnsafeMutablePointer<SocketWatches>
    /// Readiness reports on connection sockets curl did not watch at the time (each such
    /// socket is then taken out of epoll): one per kept-alive connection the server closed.
    let unwantedSocketEvents = Atomic<Int>(0)
    /// When curl wants `curl_multi_socket_action(CURL_SOCKET_TIMEOUT)`, in monotonic nanoseconds.
    fileprivate var timerDeadline: UInt64?

    /// Starts the thread; fails when memory or file descriptors run out (a low `ulimit -n`
    /// with many threads).
    init(configuration: CurlTransport.Configuration, maxInFlight: Int, ring: CurlLoopRing?) throws(InputError) {
        guard let multi = curl_multi_init() else { throw InputError("cannot start a curl thread: curl_multi_init failed (out of memory)") }
        let epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        let epollError = errno
        let wakeup = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard epoll >= 0, wakeup >= 0 else {
            let reason = String(cString: strerror(epoll < 0 ? epollError : errno))
            if epoll >= 0 { close(epoll) }
            if wakeup >= 0 { close(wakeup) }
            curl_multi_cleanup(multi)
            throw InputError("cannot start a curl thread: \(reason); raise the limit on open files (ulimit -n) or use fewer --curl-threads")
        }
        self.multi = multi
        self.epoll = epoll
        self.wakeup = wakeup
        self.configuration = configuration
        self.maxInFlight = maxInFlight
        self.ring = ring
        sockets = .allocate(capacity: 1)
        sockets.initialize(to: SocketWatches(epoll: epoll))
        var event = epoll_event()
        event.events = EPOLLIN.rawValue
        event.data.fd = wakeup
        epoll_ctl(epoll, EPOLL_CTL_ADD, wakeup, &event)

        let context = Unmanaged.passUnretained(self).toOpaque()
        yuno_multi_setopt_socket_callback(multi, curlSocketCallback)
        yuno_multi_setopt_pointer(multi, CURLMOPT_SOCKETDATA, context)
        yuno_multi_setopt_timer_callback(multi, curlTimerCallback)
        yuno_multi_setopt_pointer(multi, CURLMOPT_TIMERDATA, context)
        // Keep enough idle connections to reuse one per transfer in flight.
        yuno_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxInFlight)
        let thread = Thread { [self] in self.runLoop() }
        thread.name = "yuno-sim.curl"
        thread.start()
    }

    deinit {
        // Closing the cached connections must not call back into a loop being destroyed; the
        // socket-closed callback only updates `sockets`, freed after.
        yuno_multi_setopt_socket_callback(multi, nil)
        yuno_multi_setopt_timer_callback(multi, nil)
        curl_multi_cleanup(multi)
        sockets.deinitialize(count: 1)
        sockets.deallocate()
        close(epoll)
        close(wakeup)
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
            wake()
        }
    }

    /// Asks the thread to finish what it has and exit; does not wait.
    func stop() {
        inbox.withLock { $0.stopping = true }
        wake()
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
            if exited { continuation.resume() } else { wake() }
        }
    }

    private func wake() {
        var one: UInt64 = 1
        _ = write(wakeup, &one, 8)
    }

    private func runLoop() {
        let capacity = 256
        let events = UnsafeMutablePointer<epoll_event>.allocate(capacity: capacity)
        defer { events.deallocate() }
        var running: Int32 = 0
        while true {
            let (arrived, stopping) = inbox.withLock { inbox in
                defer { inbox.jobs.removeAll(keepingCapacity: true) }
                return (inbox.jobs, inbox.stopping)
            }
            waiting.append(contentsOf: arrived)
            startWaitingTransfers()
            if stopping, inFlight == 0, waitingHead == waiting.count { break }

            if let deadline = timerDeadline, deadline <= monotonicNanoseconds() {
                timerDeadline = nil
                curl_multi_socket_action(multi, curl_socket_t(-1), 0, &running)
                collectFinishedTransfers()
                continue
            }
            let count = epoll_wait(epoll, events, Int32(capacity), waitMilliseconds())
            for index in 0..<max(0, Int(count)) {
                let event = events[index]
                let fd = event.data.fd
                if fd == wakeup {
                    // Read before the inbox is drained at the top, so no submission is missed.
                    var value: UInt64 = 0
                    _ = read(wakeup, &value, 8)
                    continue
                }
                if dropUnwanted(fd) { continue }
                var flags: Int32 = 0
                if event.events & (EPOLLIN.rawValue | EPOLLHUP.rawValue) != 0 { flags |= CURL_CSELECT_IN }
                if event.events & EPOLLOUT.rawValue != 0 { flags |= CURL_CSELECT_OUT }
                if event.events & EPOLLERR.rawValue != 0 { flags |= CURL_CSELECT_ERR }
                curl_multi_socket_action(multi, fd, flags, &running)
            }
            collectFinishedTransfers()
        }
        idleHandles.removeAll()
        handles.removeAll()
        let waiters = inbox.withLock { inbox in
            inbox.exited = true
            defer { inbox.exitWaiters.removeAll() }
            return inbox.exitWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// How long `epoll_wait` may sleep: until curl's timer, and never more than a second.
    private func waitMilliseconds() -> Int32 {
        if inFlight < maxInFlight, waitingHead < waiting.count { return 0 }
        guard let deadline = timerDeadline else { return 1_000 }
        let now = monotonicNanoseconds()
        guard deadline > now else { return 0 }
        return Int32(min(1_000, (deadline - now + 999_999) / 1_000_000))
    }

    /// Called by curl (on this thread) when `socket` should be watched for `what`.
    fileprivate func watch(_ socket: curl_socket_t, what: Int32) {
        var entry = sockets.pointee[socket]
        if what == CURL_POLL_REMOVE {
            entry.wanted = false
            // A connection socket stays in epoll: curl most likely wants it again for the
            // next transfer, and the loop hears when it is closed.
            if !entry.tracked, entry.events != 0 {
                epoll_ctl(epoll, EPOLL_CTL_DEL, socket, nil)
                entry.events = 0
            }
            sockets.pointee[socket] = entry
            return
        }
        entry.wanted = true
        let events = (what & CURL_POLL_IN != 0 ? EPOLLIN.rawValue : 0) | (what & CURL_POLL_OUT != 0 ? EPOLLOUT.rawValue : 0)
        if entry.events != events {
            var event = epoll_event()
            event.events = events
            event.data.fd = socket
            if entry.events == 0 || epoll_ctl(epoll, EPOLL_CTL_MOD, socket, &event) != 0 {
                if epoll_ctl(epoll, EPOLL_CTL_ADD, socket, &event) != 0, errno == EEXIST {
                    epoll_ctl(epoll, EPOLL_CTL_MOD, socket, &event)
                }
            }
            entry.events = events
        }
        sockets.pointee[socket] = entry
    }

    /// A ready socket curl no longer watches: taken out of epoll, so a kept-alive connection
    /// the merchant closed does not wake the loop again and again. Curl finds it dead when
    /// it next looks at it.
    private func dropUnwanted(_ socket: curl_socket_t) -> Bool {
        var entry = sockets.pointee[socket]
        guard !entry.wanted else { return false }
        unwantedSocketEvents.add(1, ordering: .relaxed)
        if entry.events != 0 {
            epoll_ctl(epoll, EPOLL_CTL_DEL, socket, nil)
            entry.events = 0
            sockets.pointee[socket] = entry
        }
        return true
    }

    private func startWaitingTransfers() {
        while inFlight < maxInFlight, waitingHead < waiting.count {
            let job = waiting[waitingHead]
            waitingHead += 1
            start(job)
        }
        if waitingHead == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            waitingHead = 0
        }
    }

    private func start(_ job: any TransportJob) {
        let handle: CurlEasyHandle
        if let idle = idleHandles.popLast() {
            handle = idle
        } else if let made = CurlEasyHandle(configuration: configuration, sockets: sockets) {
            handles.append(made)
            handle = made
        } else {
            job.finish(TransportResponse(status: nil, latency: .zero, error: .send("curl_easy_init failed")), next: &waiting)
            return
        }
        handle.attach(job, bodyLimit: configuration.responseBodyLimit)
        inFlight += 1
        curl_multi_add_handle(multi, handle.raw)
    }

    private func collectFinishedTransfers() {
        var message = yuno_multi_message()
        while yuno_multi_info_read(multi, &message) != 0 {
            guard message.done != 0, let easy = message.easy else { continue }
            complete(easy, code: message.result)
        }
    }

    private func complete(_ easy: UnsafeMutableRawPointer, code: CURLcode) {
        var context: UnsafeMutableRawPointer?
        yuno_easy_getinfo_pointer(easy, CURLINFO_PRIVATE, &context)
        guard let context else { return }
        let handle = Unmanaged<CurlEasyHandle>.fromOpaque(context).takeUnretainedValue()
        curl_multi_remove_handle(multi, easy)
        inFlight -= 1
        let finished = handle.detach(code: code)
        idleHandles.append(handle)
        if let (job, response) = finished {
            // What this answer lets start goes out from this thread, in this same turn.
            job.finish(response, next: &waiting)
            spreadSurplus()
        }
    }

    /// Jobs an answer freed beyond what this loop can start go to the other loops, which may
    /// be idle: the last answer of a wave frees the next one whole.
    private func spreadSurplus() {
        let surplus = (waiting.count - waitingHead) - (maxInFlight - inFlight)
        guard surplus > 0, let ring else { return }
        ring.spread(Array(waiting.suffix(surplus)), from: self)
        waiting.removeLast(surplus)
    }
}

private func monotonicNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
}

private func loop(_ pointer: UnsafeMutableRawPointer?) -> CurlEventLoop? {
    pointer.map { Unmanaged<CurlEventLoop>.fromOpaque($0).takeUnretainedValue() }
}

private let curlSocketCallback: curl_socket_callback = { _, socket, what, context, _ in
    loop(context)?.watch(socket, what: what)
    return 0
}

/// Set on every easy handle with the loop's ``SocketWatches`` as its data: called (on the
/// loop's thread) for each socket curl has just made.
let curlSocketOptionCallback: curl_sockopt_callback = { context, socket, purpose in
    if purpose == CURLSOCKTYPE_IPCXN, let table = context?.assumingMemoryBound(to: SocketWatches.self) {
        table.pointee.opened(socket)
    }
    return CURL_SOCKOPT_OK
}

/// Set on every easy handle with the loop's ``SocketWatches`` as its data: called instead of
/// closing a connection socket, on the loop's thread or in its `deinit`.
let curlCloseSocketCallback: curl_closesocket_callback = { context, socket in
    context?.assumingMemoryBound(to: SocketWatches.self).pointee.closed(socket)
    return Glibc.close(socket)
}

private let curlTimerCallback: curl_multi_timer_callback = { _, milliseconds, context in
    guard let loop = loop(context) else { return 0 }
    if milliseconds < 0 {
        loop.timerDeadline = nil
    } else {
        loop.timerDeadline = monotonicNanoseconds() &+ UInt64(milliseconds) &* 1_000_000
    }
    return 0
}
