import Testing
import YunoSimCore

/// Drives the state machine by hand: a manual virtual clock, every attempt failing unless told.
@Suite struct DeliverySchedulerTests {
    private let yunoOffsets: [Duration] = [0, 300, 3_000, 21_600, 86_400, 172_800, 345_600].map { .seconds($0) }

    /// Runs `scheduler` to the end the way instant mode does, jumping to each due time.
    /// Returns every sent attempt with the virtual time it was sent at.
    private func drive(
        _ scheduler: inout DeliveryScheduler,
        acknowledge: (DeliveryScheduler.Attempt) -> Bool = { _ in false }
    ) -> [(attempt: DeliveryScheduler.Attempt, at: Duration)] {
        var now = Duration.zero
        var sent: [(DeliveryScheduler.Attempt, Duration)] = []
        var inFlight: [DeliveryScheduler.Attempt] = []
        while true {
            switch scheduler.nextAction(now: now) {
            case .send(let attempts):
                sent += attempts.map { ($0, now) }
                inFlight += attempts
            case .sleep(let due):
                if inFlight.isEmpty {
                    #expect(due > now)
                    now = due
                } else {
                    let attempt = inFlight.removeFirst()
                    scheduler.attemptCompleted(attempt, acknowledged: acknowledge(attempt))
                }
            case .awaitCompletion:
                let attempt = inFlight.removeFirst()
                scheduler.attemptCompleted(attempt, acknowledged: acknowledge(attempt))
            case .finished:
                #expect(inFlight.isEmpty)
                return sent
            }
        }
    }

    @Test func allSevenAttemptsFallDueAtYunosOffsetsFromTheFirstTry() {
        var scheduler = DeliveryScheduler(schedule: .yuno, concurrency: 4)
        scheduler.schedule(at: .seconds(10))
        let sent = drive(&scheduler)
        #expect(sent.map(\.attempt.number) == Array(1...7))
        #expect(sent.map(\.attempt.retry) == Array(0...6))
        #expect(sent.map(\.at) == yunoOffsets.map { .seconds(10) + $0 })
        #expect(sent.map(\.attempt.plannedOffset) == yunoOffsets)
        #expect(sent.allSatisfy { $0.attempt.firstTry == .seconds(10) })
    }

    @Test func exhaustedAfterTheSeventhFailure() {
        var scheduler = DeliveryScheduler()
        scheduler.schedule(at: .zero)
        var progress: [DeliveryScheduler.Progress] = []
        var now = Duration.zero
        while case let action = scheduler.nextAction(now: now), action != .finished {
            switch action {
            case .send(let attempts):
                for attempt in attempts { progress.append(scheduler.attemptCompleted(attempt, acknowledged: false)) }
            case .sleep(let due): now = due
            default: Issue.record("unexpected \(action)"); return
            }
        }
        #expect(progress.count == 7)
        #expect(progress.last == .exhausted)
        #expect(progress[0] == .retry(due: .seconds(300)))
        #expect(progress[3] == .retry(due: .seconds(86_400)))
    }

    @Test func anAcknowledgedAttemptEndsTheEvent() {
        var scheduler = DeliveryScheduler()
        scheduler.schedule(at: .zero)
        let sent = drive(&scheduler) { $0.retry == 3 }
        #expect(sent.count == 4)
        #expect(sent.last?.at == .seconds(6 * 3_600))
        #expect(scheduler.nextAction(now: .seconds(1_000_000)) == .finished)
    }

    @Test func tiesBreakInSchedulingOrder() {
        var scheduler = DeliveryScheduler(concurrency: 100)
        let late = scheduler.schedule(at: .seconds(5))
        let first = scheduler.schedule(at: .zero)
        let second = scheduler.schedule(at: .zero)
        let third = scheduler.schedule(at: .zero)
        guard case .send(let batch) = scheduler.nextAction(now: .zero) else {
            Issue.record("expected a batch at 0s"); return
        }
        #expect(batch.map(\.event) == [first, second, third])
        // Retries that fall due together go out in scheduling order, whatever order the
        // previous attempts completed in.
        for attempt in batch.reversed() { scheduler.attemptCompleted(attempt, acknowledged: false) }
        #expect(scheduler.nextAction(now: .seconds(4)) == .sleep(until: .seconds(5)))
        guard case .send(let lateBatch) = scheduler.nextAction(now: .seconds(5)) else {
            Issue.record("expected the late event"); return
        }
        #expect(lateBatch.map(\.event) == [late])
        scheduler.attemptCompleted(lateBatch[0], acknowledged: true)
        guard case .send(let retries) = scheduler.nextAction(now: .seconds(300)) else {
            Issue.record("expected retries at 5m"); return
        }
        #expect(retries.map(\.event) == [first, second, third])
        #expect(retries.allSatisfy { $0.number == 2 })
    }

    @Test func firstTriesAndRetriesDueTogetherGoOutInSchedulingOrder() {
        var scheduler = DeliveryScheduler(concurrency: 100)
        let retriedFirst = scheduler.schedule(at: .zero)
        let firstTryAt5m = scheduler.schedule(at: .seconds(300))
        let retriedLast = scheduler.schedule(at: .zero)
        guard case .send(let batch) = scheduler.nextAction(now: .zero) else {
            Issue.record("expected a batch at 0s"); return
        }
        #expect(batch.map(\.event) == [retriedFirst, retriedLast])
        for attempt in batch { scheduler.attemptCompleted(attempt, acknowledged: false) }
        // At 5m: two retries and a first try, by event number whichever kind they are.
        guard case .send(let due) = scheduler.nextAction(now: .seconds(300)) else {
            Issue.record("expected a batch at 5m"); return
        }
        #expect(due.map(\.event) == [retriedFirst, firstTryAt5m, retriedLast])
        #expect(due.map(\.number) == [2, 1, 2])
        #expect(due[1].firstTry == .seconds(300))
    }

    @Test func concurrencyBoundsEachBatch() {
        var scheduler = DeliveryScheduler(concurrency: 2)
        for _ in 0..<5 { scheduler.schedule(at: .zero) }
        guard case .send(let batch) = scheduler.nextAction(now: .zero) else {
            Issue.record("expected a batch"); return
        }
        #expect(batch.map(\.event) == [0, 1])
        #expect(scheduler.nextAction(now: .zero) == .awaitCompletion)
        scheduler.attemptCompleted(batch[1], acknowledged: true)
        guard case .send(let next) = scheduler.nextAction(now: .zero) else {
            Issue.record("expected one more attempt"); return
        }
        #expect(next.map(\.event) == [2])
        #expect(scheduler.inFlight == 2)
    }

    @Test func cumulativeScheduleDueTimes() {
        var scheduler = DeliveryScheduler(schedule: .yunoCumulative)
        scheduler.schedule(at: .zero)
        let sent = drive(&scheduler)
        #expect(sent.map(\.at) == RetrySchedule.yunoCumulative.offsets)
        #expect(sent.last?.at == .seconds(174 * 3_600 + 55 * 60))
    }

    @Test func customScheduleDueTimes() throws {
        let schedule = try RetrySchedule.custom([.zero, .seconds(1), .seconds(60)])
        var scheduler = DeliveryScheduler(schedule: schedule)
        scheduler.schedule(at: .seconds(2))
        let sent = drive(&scheduler)
        #expect(sent.map(\.at) == [.seconds(2), .seconds(3), .seconds(62)])
    }

    @Test func lateCompletionsKeepOffsetsFromTheFirstTry() {
        // Speed mode: the first try's answer arrives after the second attempt was due.
        var scheduler = DeliveryScheduler()
        scheduler.schedule(at: .zero)
        guard case .send(let first) = scheduler.nextAction(now: .zero) else { Issue.record("no first try"); return }
        #expect(scheduler.nextAction(now: .seconds(400)) == .awaitCompletion)
        #expect(scheduler.attemptCompleted(first[0], acknowledged: false) == .retry(due: .seconds(300)))
        guard case .send(let second) = scheduler.nextAction(now: .seconds(400)) else { Issue.record("no retry"); return }
        #expect(second[0].due == .seconds(300))
        #expect(scheduler.attemptCompleted(second[0], acknowledged: false) == .retry(due: .seconds(3_000)))
    }

    @Test func cancelDropsQueuedAttemptsButLetsInFlightOnesComplete() {
        var scheduler = DeliveryScheduler(concurrency: 1)
        scheduler.schedule(at: .zero)
        scheduler.schedule(at: .zero)
        guard case .send(let batch) = scheduler.nextAction(now: .zero) else { Issue.record("no batch"); return }
        #expect(scheduler.cancel() == 1)
        #expect(scheduler.nextAction(now: .zero) == .awaitCompletion)
        #expect(scheduler.attemptCompleted(batch[0], acknowledged: false) == .cancelled)
        #expect(scheduler.nextAction(now: .zero) == .finished)
    }
}
