import Dispatch
import Foundation
import Glibc

/// SIGINT and SIGTERM during a run. The first cancels the delivery task, so no new attempt
/// starts while attempts in flight finish and the reports are written; the second calls
/// `onSecond`, which exits at once. Signals arrive on a dispatch queue, never blocking a Swift
/// concurrency thread.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var signals = 0
    private var cancelCurrent: (@Sendable () -> Void)?
    private var sources: [any DispatchSourceSignal] = []
    private let onSecond: @Sendable () -> Never

    init(onSecond: @escaping @Sendable () -> Never) {
        self.onSecond = onSecond
    }

    /// Takes over SIGINT and SIGTERM from the default action (which kills the process).
    func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in received() }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a signal arrived.
    var happened: Bool { lock.withLock { signals > 0 } }

    private func received() {
        let (first, cancel) = lock.withLock {
            signals += 1
            return (signals == 1, cancelCurrent)
        }
        guard first else { onSecond() }
        FileOutput.standardError.write("\nyuno-sim: interrupted: finishing attempts in flight (interrupt again to stop at once)\n")
        cancel?()
    }

    /// Runs `body` in a task of its own that the first signal cancels; the caller's task and
    /// what it owns (the built-in merchant) keep going, so attempts in flight get their answer.
    func cancellable<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await body() }
        let alreadyInterrupted = lock.withLock {
            cancelCurrent = { task.cancel() }
            return signals > 0
        }
        if alreadyInterrupted { task.cancel() }
        defer { lock.withLock { cancelCurrent = nil } }
        return try await task.value
    }
}
