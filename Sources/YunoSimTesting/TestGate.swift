import Synchronization

/// Holds the tasks that reach it until a test opens it; once open, it lets everyone through.
public final class TestGate: Sendable {
    private struct State {
        var isOpen: Bool
        var held: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    /// A gate that starts `open` or closed.
    public init(open: Bool) {
        state = Mutex(State(isOpen: open))
    }

    /// Returns at once when the gate is open, otherwise when ``open()`` is called.
    public func pass() async {
        await withCheckedContinuation { continuation in
            let through = state.withLock { state in
                if state.isOpen { return true }
                state.held.append(continuation)
                return false
            }
            if through { continuation.resume() }
        }
    }

    /// Lets held and future tasks through.
    public func open() {
        let held = state.withLock { state in
            state.isOpen = true
            defer { state.held = [] }
            return state.held
        }
        held.forEach { $0.resume() }
    }
}
