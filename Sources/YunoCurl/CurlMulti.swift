import CCurl
import Glibc
import YunoSimCore

/// One loop thread's curl multi handle and every easy handle it drives: transfers go in with
/// their job, sockets curl wants watched go to the loop's ``EpollSelector``, and finished
/// transfers come out with their job and answer.
///
/// Each ready socket goes to `curl_multi_socket_action`, so curl touches only the transfers
/// that can move. (With `curl_multi_perform`, every wakeup visits every transfer in flight and
/// polls each socket again, which cost about a third of the loop's time at 64 in flight.)
///
/// Not `Sendable`: made for one loop thread and used only there; curl calls back on it too.
final class CurlMulti {
    private let raw: UnsafeMutableRawPointer
    private let selector: EpollSelector
    private let configuration: CurlTransport.Configuration
    /// Every easy handle made, kept alive here; curl's private pointer refers to them unretained.
    private var handles: [CurlEasyHandle] = []
    private var idleHandles: [CurlEasyHandle] = []
    /// Transfers added and not yet finished.
    private(set) var inFlight = 0
    /// When curl wants `curl_multi_socket_action(CURL_SOCKET_TIMEOUT)`, in monotonic nanoseconds.
    fileprivate(set) var timerDeadline: UInt64?

    init(configuration: CurlTransport.Configuration, maxConnections: Int, selector: EpollSelector) throws(InputError) {
        guard let raw = curl_multi_init() else { throw InputError("cannot start a curl thread: curl_multi_init failed (out of memory)") }
        self.raw = raw
        self.selector = selector
        self.configuration = configuration
        let context = Unmanaged.passUnretained(self).toOpaque()
        yuno_multi_setopt_socket_callback(raw, curlSocketCallback)
        yuno_multi_setopt_pointer(raw, CURLMOPT_SOCKETDATA, context)
        yuno_multi_setopt_timer_callback(raw, curlTimerCallback)
        yuno_multi_setopt_pointer(raw, CURLMOPT_TIMERDATA, context)
        // Keep enough idle connections to reuse one per transfer in flight.
        yuno_multi_setopt_long(raw, CURLMOPT_MAXCONNECTS, maxConnections)
    }

    deinit {
        idleHandles.removeAll()
        handles.removeAll()
        // Closing the cached connections must not call back into a multi being destroyed; the
        // socket-closed callback only updates the selector's sockets, freed after.
        yuno_multi_setopt_socket_callback(raw, nil)
        yuno_multi_setopt_timer_callback(raw, nil)
        curl_multi_cleanup(raw)
    }

    /// Starts sending `request` for `job`; `false` when no easy handle could be made.
    func start(_ job: any TransportJob, request: DeliveryRequest) -> Bool {
        let handle: CurlEasyHandle
        if let idle = idleHandles.popLast() {
            handle = idle
        } else if let made = CurlEasyHandle(configuration: configuration, sockets: selector.sockets) {
            handles.append(made)
            handle = made
        } else {
            return false
        }
        handle.attach(job, request: request, bodyLimit: configuration.responseBodyLimit)
        inFlight += 1
        curl_multi_add_handle(raw, handle.raw)
        return true
    }

    /// Lets curl move the transfers on `socket`.
    func socketReady(_ socket: Int32, _ readiness: EpollSelector.Readiness) {
        var flags: Int32 = 0
        if readiness.readable { flags |= CURL_CSELECT_IN }
        if readiness.writable { flags |= CURL_CSELECT_OUT }
        if readiness.failed { flags |= CURL_CSELECT_ERR }
        var running: Int32 = 0
        curl_multi_socket_action(raw, socket, flags, &running)
    }

    /// Runs curl's timeout action when its timer is due; whether it was.
    func fireTimerIfDue() -> Bool {
        guard let deadline = timerDeadline, deadline <= Self.monotonicNanoseconds() else { return false }
        timerDeadline = nil
        var running: Int32 = 0
        curl_multi_socket_action(raw, curl_socket_t(-1), 0, &running)
        return true
    }

    /// Milliseconds until curl's timer, at most `limit`.
    func millisecondsToTimer(limit: Int32) -> Int32 {
        guard let deadline = timerDeadline else { return limit }
        let now = Self.monotonicNanoseconds()
        guard deadline > now else { return 0 }
        return Int32(min(UInt64(limit), (deadline - now + 999_999) / 1_000_000))
    }

    /// Hands every finished transfer's job and answer to `finished`, its easy handle kept for reuse.
    func collectFinished(_ finished: (any TransportJob, TransportResponse) -> Void) {
        var message = yuno_multi_message()
        while yuno_multi_info_read(raw, &message) != 0 {
            guard message.done != 0, let easy = message.easy else { continue }
            var context: UnsafeMutableRawPointer?
            yuno_easy_getinfo_pointer(easy, CURLINFO_PRIVATE, &context)
            guard let context else { continue }
            let handle = Unmanaged<CurlEasyHandle>.fromOpaque(context).takeUnretainedValue()
            curl_multi_remove_handle(raw, easy)
            inFlight -= 1
            let transfer = handle.detach(code: message.result)
            idleHandles.append(handle)
            if let (job, response) = transfer { finished(job, response) }
        }
    }

    /// Called by curl (on this thread) when `socket` should be watched for `what`.
    fileprivate func watch(_ socket: curl_socket_t, what: Int32) {
        if what == CURL_POLL_REMOVE {
            selector.unwatch(socket)
        } else {
            selector.watch(socket, reading: what & CURL_POLL_IN != 0, writing: what & CURL_POLL_OUT != 0)
        }
    }

    fileprivate static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
    }
}

private func multi(_ pointer: UnsafeMutableRawPointer?) -> CurlMulti? {
    pointer.map { Unmanaged<CurlMulti>.fromOpaque($0).takeUnretainedValue() }
}

private let curlSocketCallback: curl_socket_callback = { _, socket, what, context, _ in
    multi(context)?.watch(socket, what: what)
    return 0
}

private let curlTimerCallback: curl_multi_timer_callback = { _, milliseconds, context in
    guard let multi = multi(context) else { return 0 }
    multi.timerDeadline = milliseconds < 0 ? nil : CurlMulti.monotonicNanoseconds() &+ UInt64(milliseconds) &* 1_000_000
    return 0
}

/// Set on every easy handle with the selector's ``SocketWatches`` as its data: called (on the
/// loop's thread) for each socket curl has just made.
let curlSocketOptionCallback: curl_sockopt_callback = { context, socket, purpose in
    if purpose == CURLSOCKTYPE_IPCXN, let table = context?.assumingMemoryBound(to: SocketWatches.self) {
        table.pointee.opened(socket)
    }
    return CURL_SOCKOPT_OK
}

/// Set on every easy handle with the selector's ``SocketWatches`` as its data: called instead
/// of closing a connection socket, on the loop's thread or while the multi is cleaned up.
let curlCloseSocketCallback: curl_closesocket_callback = { context, socket in
    context?.assumingMemoryBound(to: SocketWatches.self).pointee.closed(socket)
    return Glibc.close(socket)
}
