import Synchronization

/// Where attempts finishing on other threads hand their results to the runner's one task.
///
/// ``next()`` returns everything that has arrived since the last call, waiting only when
/// nothing has: under load the runner takes completions in batches and nobody has to wake it,
/// which a task per attempt, or an `AsyncStream` element by element, would cost every time.
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
