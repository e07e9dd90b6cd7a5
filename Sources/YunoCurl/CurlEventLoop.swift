import CCurl
import Foundation
import Synchronization
import YunoSimCore

/// One thread that owns a curl multi handle and every easy handle it drives.
///
/// Work arrives through a locked inbox plus `curl_multi_wakeup`; completions resume the
/// submitters' continuations. Apart from the inbox, all state is touched only on the loop's
/// own thread, which is why the class can be shared (`@unchecked Sendable`).
final class CurlEventLoop: @unchecked Sendable {
    private struct Inbox {
        var transfers: [CurlTransfer] = []
        var stopping = false
        var exitWaiters: [CheckedContinuation<Void, Never>] = []
        var exited = false
    }

    private let inbox = Mutex(Inbox())
    private let multi: UnsafeMutableRawPointer
    private let configuration: CurlTransport.Configuration
    private let maxInFlight: Int

    // Loop-thread state.
    private var waiting: [CurlTransfer] = []
    private var waitingHead = 0
    private var inFlight = 0
    private var idleHandles: [CurlEasyHandle] = []
    private var busyHandles: [UnsafeMutableRawPointer: CurlEasyHandle] = [:]

    init(configuration: CurlTransport.Configuration, maxInFlight: Int) {
        // curl_multi_init fails only when memory is exhausted.
        guard let multi = curl_multi_init() else { preconditionFailure("curl_multi_init failed: out of memory") }
        self.multi = multi
        self.configuration = configuration
        self.maxInFlight = maxInFlight
        // Keep enough idle connections to reuse one per transfer in flight.
        yuno_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxInFlight)
        let thread = Thread { [self] in self.runLoop() }
        thread.name = "yuno-sim.curl"
        thread.start()
    }

    deinit {
        curl_multi_cleanup(multi)
    }

    /// Queues `transfer`; safe from any thread.
    func submit(_ transfer: CurlTransfer) {
        let accepted = inbox.withLock { inbox in
            guard !inbox.stopping else { return false }
            inbox.transfers.append(transfer)
            return true
        }
        if accepted {
            curl_multi_wakeup(multi)
        } else {
            transfer.finish(TransportResponse(status: nil, latency: .zero, error: .send("the transport was shut down")))
        }
    }

    /// Asks the thread to finish what it has and exit; does not wait.
    func stop() {
        inbox.withLock { $0.stopping = true }
        curl_multi_wakeup(multi)
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
            if exited { continuation.resume() } else { curl_multi_wakeup(multi) }
        }
    }

    private func runLoop() {
        while true {
            let (arrived, stopping) = inbox.withLock { inbox in
                defer { inbox.transfers.removeAll(keepingCapacity: true) }
                return (inbox.transfers, inbox.stopping)
            }
            waiting.append(contentsOf: arrived)
            startWaitingTransfers()
            if stopping, inFlight == 0, waitingHead == waiting.count { break }

            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            collectFinishedTransfers()
            startWaitingTransfers()
            // Returns early when a socket is ready, a curl timer fires or `submit` wakes us.
            curl_multi_poll(multi, nil, 0, 1_000, nil)
        }
        idleHandles.removeAll()
        let waiters = inbox.withLock { inbox in
            inbox.exited = true
            defer { inbox.exitWaiters.removeAll() }
            return inbox.exitWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    private func startWaitingTransfers() {
        while inFlight < maxInFlight, waitingHead < waiting.count {
            let transfer = waiting[waitingHead]
            waitingHead += 1
            start(transfer)
        }
        if waitingHead == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            waitingHead = 0
        }
    }

    private func start(_ transfer: CurlTransfer) {
        guard let handle = idleHandles.popLast() ?? CurlEasyHandle(configuration: configuration) else {
            transfer.finish(TransportResponse(status: nil, latency: .zero, error: .send("curl_easy_init failed")))
            return
        }
        // The transfer stays retained while curl holds its pointer; released in `complete`.
        _ = Unmanaged.passRetained(transfer)
        handle.attach(transfer, bodyLimit: configuration.responseBodyLimit)
        busyHandles[handle.raw] = handle
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
        guard let handle = busyHandles.removeValue(forKey: easy) else { return }
        var context: UnsafeMutableRawPointer?
        yuno_easy_getinfo_pointer(easy, CURLINFO_PRIVATE, &context)
        curl_multi_remove_handle(multi, easy)
        inFlight -= 1
        idleHandles.append(handle)
        guard let context else { return }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeRetainedValue()
        transfer.finish(handle.response(for: transfer, code: code))
    }
}
