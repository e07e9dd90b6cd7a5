import Glibc
import Synchronization
import Testing
@testable import YunoSimRun

/// The first signal lets the run finish what is in flight; the second stops at once.
@Suite struct InterruptionTests {
    @Test func theFirstSignalCancelsTheRunningTaskAndSaysSo() async throws {
        let errors = CapturedOutput()
        let seconds = Mutex(0)
        let interruption = Interruption(errors: errors.output) { seconds.withLock { $0 += 1 } }
        let (started, startedSink) = AsyncStream.makeStream(of: Void.self)
        let cancelled = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await interruption.cancellable {
                    startedSink.yield()
                    // Until cancelled: the signal must be what ends it.
                    for await _ in AsyncStream<Void>.makeStream().stream {}
                    return Task.isCancelled
                }
            }
            for await _ in started { break }
            #expect(!interruption.happened)
            interruption.received()
            return try await group.next() ?? false
        }
        #expect(cancelled)
        #expect(interruption.happened)
        #expect(seconds.withLock { $0 } == 0)
        #expect(errors.text == "\nyuno-sim: interrupted: finishing attempts in flight (interrupt again to stop at once)\n")
    }

    @Test func theSecondSignalCallsOnSecondAndTheThirdAgain() {
        let seconds = Mutex(0)
        let interruption = Interruption(errors: CapturedOutput().output) { seconds.withLock { $0 += 1 } }
        interruption.received()
        #expect(seconds.withLock { $0 } == 0)
        interruption.received()
        #expect(seconds.withLock { $0 } == 1)
        interruption.received()
        #expect(seconds.withLock { $0 } == 2)
    }

    @Test func workStartedAfterTheFirstSignalIsCancelledFromTheStart() async throws {
        let interruption = Interruption(errors: CapturedOutput().output) {}
        interruption.received()
        let cancelled = try await interruption.cancellable { Task.isCancelled }
        #expect(cancelled)
    }
}
