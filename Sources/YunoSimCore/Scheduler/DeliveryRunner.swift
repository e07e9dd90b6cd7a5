import Foundation

/// Delivers a run's events to one endpoint: drives a ``DeliveryScheduler`` with a virtual
/// clock, renders and signs every attempt, sends them with bounded concurrency, records each
/// one and reports how every event ended.
///
/// Attempts go to the transport as jobs (``AttemptJob``), the one way they are sent.
///
/// Cancelling the calling task stops new attempts; attempts in flight finish and are recorded.
public struct DeliveryRunner: Sendable {
    public let configuration: RunConfiguration
    public let deliverer: WebhookDeliverer
    private let render: BodyRenderer

    /// - Parameters:
    ///   - deliverer: signs, sends and judges one body.
    ///   - render: produces the body of each attempt; see ``catalogueBodies(templates:seed:)``.
    public init(configuration: RunConfiguration, deliverer: WebhookDeliverer, render: @escaping BodyRenderer) {
        self.configuration = configuration
        self.deliverer = deliverer
        self.render = render
    }

    /// Delivers every instance of `events` until each is delivered, exhausted or the task is
    /// cancelled. Each attempt is written to `journal` and passed to `onAttempt` as it completes;
    /// every line is in the journal's file when this returns.
    ///
    /// - Throws: the journal's ``JournalError`` after in-flight attempts finish, if a write fails.
    public func run(
        _ events: [ScheduledEvent],
        journal: Journal? = nil,
        onAttempt: (@Sendable (AttemptRecord) -> Void)? = nil
    ) async throws -> RunResult {
        try await run(events, journal: journal, realClock: ContinuousClock(), onAttempt: onAttempt)
    }

    /// ``run(_:journal:onAttempt:)`` measuring and sleeping real time with `realClock`.
    ///
    /// `onAttempt` is called for one attempt at a time, in the order they finished, from any
    /// thread, and never while the run holds its lock: it may read what it likes.
    public func run<RealClock: Clock>(
        _ events: [ScheduledEvent],
        journal: Journal? = nil,
        realClock: RealClock,
        onAttempt: (@Sendable (AttemptRecord) -> Void)? = nil
    ) async throws -> RunResult where RealClock.Duration == Duration {
        var scheduler = DeliveryScheduler(schedule: configuration.schedule, concurrency: configuration.concurrency)
        let instanceCount = events.reduce(0) { $0 + $1.repeatCount }
        scheduler.reserveCapacity(instanceCount)
        var outcomes: [EventOutcome] = []
        outcomes.reserveCapacity(instanceCount)
        for (scheduledIndex, event) in events.enumerated() {
            for repeatIndex in 0..<event.repeatCount {
                scheduler.schedule(at: event.firstTry(ofRepeat: repeatIndex))
                outcomes.append(EventOutcome(event: event, scheduledIndex: scheduledIndex, repeatIndex: repeatIndex))
            }
        }
        let clock = VirtualClock(mode: configuration.clock, start: configuration.start ?? Date())
        let origin = realClock.now
        let run = RunState(
            // Consumed, not copied: the first change would otherwise copy both whole.
            core: .init(clock: clock, scheduler: consume scheduler, outcomes: consume outcomes),
            deliverer: deliverer, render: render, elapsed: { origin.duration(to: realClock.now) },
            journal: journal, keepsTimelines: configuration.keepsTimelines, onAttempt: onAttempt
        )

        // This task sends the first attempts and keeps time; after that, each finished attempt
        // starts the ones it frees on the thread where it finished (see ``RunState``), and
        // this task is woken only to sleep until the next attempt falls due, or to finish.
        await withDiscardingTaskGroup { children in
            var timerDeadline: RealClock.Instant?
            loop: while true {
                switch run.next(cancelled: Task.isCancelled) {
                case .send(let jobs):
                    run.start(jobs)
                    continue loop
                case .sleep(let delay, let elapsed):
                    let deadline = origin.advanced(by: elapsed + delay)
                    if timerDeadline.map({ deadline < $0 }) ?? true {
                        timerDeadline = deadline
                        children.addTask {
                            try? await realClock.sleep(until: deadline, tolerance: nil)
                            run.events.push(.timerFired)
                        }
                    }
                case .wait:
                    break
                case .finished:
                    break loop
                }
                // A cancelled task runs the handler at once on every later wait; only the first
                // call wakes the task.
                let arrived = await withTaskCancellationHandler {
                    await run.events.next()
                } onCancel: {
                    run.cancel()
                }
                if arrived.contains(.timerFired) { timerDeadline = nil }
            }
            // Only a pending timer can be left; it returns as soon as it is cancelled.
            children.cancelAll()
        }
        let ended = run.result(realElapsed: origin.duration(to: realClock.now))
        var journalError = ended.journalError
        if let journal, journalError == nil {
            do { try journal.flush() } catch { journalError = error }
        }
        if let journalError { throw journalError }
        return ended.result
    }
}
