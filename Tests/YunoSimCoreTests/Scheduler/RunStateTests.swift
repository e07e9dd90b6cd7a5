import Foundation
import Synchronization
import Testing
@testable import YunoSimCore
import YunoSimTesting

/// ``RunState`` over the in-memory transport: what a finished attempt leads to is carried out
/// with the run's lock released.
@Suite struct RunStateTests {
    /// Lets `onAttempt` reach the run it belongs to, which exists only after the closure.
    private final class RunReference: Sendable {
        let run = Mutex<RunState?>(nil)
    }

    /// `onAttempt` reads the run's state, which takes the run's lock: were it called under that
    /// lock, the thread would wait on itself forever (the time limit fails the test).
    @Test(.timeLimit(.minutes(1))) func onAttemptAndTheJournalRunWithTheLockReleased() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("runstate-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try Journal(path: path)
        let transport = InMemoryTransport { _, retry in retry == 0 ? 500 : 200 }
        let event = try ScheduledEvent(id: "e", event: EventName("payment.purchase"), repeatCount: 4)
        var scheduler = DeliveryScheduler(schedule: .yuno, concurrency: 2)
        var outcomes: [EventOutcome] = []
        for repeatIndex in 0..<4 {
            scheduler.schedule(at: .zero)
            outcomes.append(EventOutcome(event: event, scheduledIndex: 0, repeatIndex: repeatIndex))
        }
        let reference = RunReference()
        let seen = Mutex<[Int]>([])
        let run = RunState(
            core: .init(clock: VirtualClock(mode: .instant, start: Date()), scheduler: scheduler, outcomes: outcomes),
            deliverer: WebhookDeliverer(endpoint: Endpoint(url: try WebhookURL("http://127.0.0.1:9/hook")), transport: transport),
            render: try DeliveryRunner.catalogueBodies(for: [event], seed: 1), elapsed: { .zero },
            journal: journal, keepsTimelines: true
        ) { _ in
            let count = reference.run.withLock { $0 }?.result(realElapsed: .zero).result.attemptCount ?? -1
            seen.withLock { $0.append(count) }
        }
        reference.run.withLock { $0 = run }
        loop: while true {
            switch run.next(cancelled: false) {
            case .send(let jobs): run.start(jobs)
            case .finished: break loop
            case .sleep, .wait: _ = await run.events.next()
            }
        }
        reference.run.withLock { $0 = nil }
        // One loop thread answers one attempt at a time: each call sees its own attempt counted.
        #expect(seen.withLock { $0 } == Array(1...8))
        try journal.flush()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 8)
    }
}
