import Foundation

/// Delivers a run's events to one endpoint: drives a ``DeliveryScheduler`` with a virtual
/// clock, renders and signs every attempt, sends them with bounded concurrency, records each
/// one and reports how every event ended.
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
        onAttempt: ((AttemptRecord) -> Void)? = nil
    ) async throws -> RunResult {
        try await run(events, journal: journal, realClock: ContinuousClock(), onAttempt: onAttempt)
    }

    /// ``run(_:journal:onAttempt:)`` measuring and sleeping real time with `realClock`.
    public func run<RealClock: Clock>(
        _ events: [ScheduledEvent],
        journal: Journal? = nil,
        realClock: RealClock,
        onAttempt: ((AttemptRecord) -> Void)? = nil
    ) async throws -> RunResult where RealClock.Duration == Duration {
        let origin = realClock.now
        var clock = VirtualClock(mode: configuration.clock, start: configuration.start ?? Date())
        var scheduler = DeliveryScheduler(schedule: configuration.schedule, concurrency: configuration.concurrency)
        var outcomes: [EventOutcome] = []
        outcomes.reserveCapacity(events.reduce(0) { $0 + $1.repeatCount })
        for (scheduledIndex, event) in events.enumerated() {
            for repeatIndex in 0..<event.repeatCount {
                scheduler.schedule(at: event.firstTry(ofRepeat: repeatIndex))
                outcomes.append(EventOutcome(event: event, scheduledIndex: scheduledIndex, repeatIndex: repeatIndex))
            }
        }
        var attemptCount = 0
        var lastVirtualTime = Duration.zero
        var journalError: (any Error)?
        let keepsTimelines = configuration.keepsTimelines
        let url = deliverer.endpoint.url.absoluteString

        await withTaskGroup(of: RunnerEvent.self) { group in
            var timerDeadline: RealClock.Instant?
            loop: while true {
                if Task.isCancelled || journalError != nil, !scheduler.isCancelled {
                    scheduler.cancel()
                }
                let elapsed = origin.duration(to: realClock.now)
                let now = clock.now(realElapsed: elapsed)
                switch scheduler.nextAction(now: now) {
                case .send(let attempts):
                    let virtualTime = clock.date(at: now)
                    for attempt in attempts {
                        let outcome = outcomes[attempt.event]
                        let context = BodyRenderContext(
                            scheduledIndex: outcome.scheduledIndex, repeatIndex: outcome.repeatIndex,
                            instanceIndex: attempt.event, retry: attempt.retry, virtualTime: virtualTime,
                            firstTryTime: clock.date(at: attempt.firstTry)
                        )
                        group.addTask { [render, deliverer] in
                            let body = render(context)
                            let wallTime = Date()
                            let result = await deliverer.deliver(body: body, retry: attempt.retry, virtualNow: now)
                            return .completed(SentAttempt(attempt: attempt, sentAt: now, wallTime: wallTime, result: result))
                        }
                    }
                    continue loop
                case .sleep(until: let due):
                    if clock.isInstant {
                        if scheduler.inFlight == 0 {
                            clock.advance(to: due)
                            continue loop
                        }
                    } else {
                        let deadline = origin.advanced(by: elapsed + clock.realDelay(until: due, realElapsed: elapsed))
                        if timerDeadline.map({ deadline < $0 }) ?? true {
                            timerDeadline = deadline
                            group.addTask {
                                try? await realClock.sleep(until: deadline, tolerance: nil)
                                return .timerFired
                            }
                        }
                    }
                case .awaitCompletion:
                    break
                case .finished:
                    break loop
                }
                guard let next = await group.next() else { break loop }
                guard case .completed(let sent) = next else {
                    timerDeadline = nil
                    continue loop
                }
                let attempt = sent.attempt
                let acknowledged = sent.result.isAcknowledged
                let progress = scheduler.attemptCompleted(attempt, acknowledged: acknowledged)
                attemptCount += 1
                lastVirtualTime = max(lastVirtualTime, sent.sentAt)
                let virtualOffset = sent.sentAt - attempt.firstTry
                switch progress {
                case .delivered: outcomes[attempt.event].state = .delivered(attempt: attempt.number, offset: virtualOffset)
                case .exhausted: outcomes[attempt.event].state = .exhausted(attempts: attempt.number)
                case .retry, .cancelled: outcomes[attempt.event].state = .unfinished(attempts: attempt.number)
                }
                if keepsTimelines {
                    outcomes[attempt.event].timeline.append(AttemptSummary(
                        virtualOffset: virtualOffset, status: sent.result.response.status, error: sent.result.error
                    ))
                }
                guard journal != nil || onAttempt != nil else { continue loop }
                let record = AttemptRecord(
                    eventID: outcomes[attempt.event].instanceID, typeEvent: outcomes[attempt.event].event.typeEvent,
                    attempt: attempt.number, retry: attempt.retry,
                    plannedOffset: attempt.plannedOffset, virtualOffset: virtualOffset,
                    scenarioTime: sent.sentAt, virtualTime: clock.date(at: sent.sentAt), wallTime: sent.wallTime,
                    url: url, status: sent.result.response.status, error: sent.result.error,
                    latency: sent.result.response.latency, signature: sent.result.signature
                )
                if let journal, journalError == nil {
                    do { try journal.write(record) } catch { journalError = error }
                }
                onAttempt?(record)
            }
            // Only a pending timer can be left; it returns as soon as it is cancelled.
            group.cancelAll()
        }
        if let journal, journalError == nil {
            do { try journal.flush() } catch { journalError = error }
        }
        if let journalError { throw journalError }
        return RunResult(
            outcomes: outcomes,
            attemptCount: attemptCount,
            wasCancelled: scheduler.isCancelled,
            start: clock.start,
            virtualElapsed: lastVirtualTime,
            realElapsed: origin.duration(to: realClock.now)
        )
    }
}

/// One attempt handed back by its child task.
private struct SentAttempt: Sendable {
    let attempt: DeliveryScheduler.Attempt
    /// Virtual time of sending, from the scenario start.
    let sentAt: Duration
    let wallTime: Date
    let result: DeliveryAttemptResult
}

private enum RunnerEvent: Sendable {
    case completed(SentAttempt)
    case timerFired
}
