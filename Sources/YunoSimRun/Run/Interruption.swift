import Synchronization
import UnixSignals

/// SIGINT and SIGTERM during a run. The first cancels the delivery task, so no new attempt
/// starts while attempts in flight finish and the reports are written; the second calls
/// `onSecond`, which stops at once. Signals arrive through swift-service-lifecycle's
/// `UnixSignalsSequence`, so no handler runs in signal context.
public final class Interruption: Sendable {
    private struct State {
        var signals = 0
        var cancelCurrent: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())
    private let onSecond: @Sendable () -> Void
    private let errors: FileOutput

    /// - Parameter onSecond: what the second signal does; the run's exits the process.
    public init(errors: FileOutput = .standardError, onSecond: @escaping @Sendable () -> Void) {
        self.errors = errors
        self.onSecond = onSecond
    }

    /// Takes SIGINT and SIGTERM over from their default action (which kills the process) for
    /// the duration of `body`.
    public func handlingSignals<T>(_ body: () async throws -> T) async rethrows -> T {
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm)
        let listener = Task { [self] in
            for await _ in signals { received() }
        }
        defer { listener.cancel() }
        return try await body()
    }

    /// Whether a signal arrived.
    public var happened: Bool { state.withLock { $0.signals > 0 } }

    /// One SIGINT or SIGTERM.
    func received() {
        let (first, cancel) = state.withLock { state in
            state.signals += 1
            return (state.signals == 1, state.cancelCurrent)
        }
        guard first else { return onSecond() }
        errors.write("\nyuno-sim: interrupted: finishing attempts in flight (interrupt again to stop at once)\n")
        cancel?()
    }

    /// Runs `body` in a task of its own that the first signal cancels; the caller's task and
    /// what it owns (the built-in merchant) keep going, so attempts in flight get their answer.
    public func cancellable<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await body() }
        let alreadyInterrupted = state.withLock { state in
            state.cancelCurrent = { task.cancel() }
            return state.signals > 0
        }
        if alreadyInterrupted { task.cancel() }
        defer { state.withLock { $0.cancelCurrent = nil } }
        return try await task.value
    }
}
