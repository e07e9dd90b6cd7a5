import Synchronization

/// How other threads wake the runner's one task: timers, cancellation, and finished attempts
/// that leave the run waiting on time or done (see ``RunState``).
///
/// ``next()`` returns everything that has arrived since the last call, waiting only when
/// nothing has, so events that arrive together wake the task once.
final class CompletionQueue<Element: Sendable>: Sendable {
    private struct State {
        var items: [Element] = []
        var waiter: UnsafeContinuation<[Element], Never>?
    }

    private let state = Mutex(State())

    /// Adds `item`, waking the waiting ``next()`` if there is one. Safe from any thread.
    func push(_ item: Element) {
        let waiter = state.withLock { state -> UnsafeContinuation<[Element], Never>? in
            guard let waiter = state.waiter else {
                state.items.append(item)
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: [item])
    }

    /// Everything pushed since the last call, in order; waits for the first item when there is
    /// none. One caller at a time.
    func next() async -> [Element] {
        await withUnsafeContinuation { continuation in
            let ready = state.withLock { state -> [Element]? in
                guard !state.items.isEmpty else {
                    state.waiter = continuation
                    return nil
                }
                defer { state.items = [] }
                return state.items
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
