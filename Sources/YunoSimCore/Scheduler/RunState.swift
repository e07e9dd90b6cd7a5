import Foundation
import Synchronization

/// What the runner's task and the transport's threads share during one run: the scheduler,
/// the virtual clock, how every event stands and where attempts are recorded, behind one lock.
///
/// A finished attempt is recorded, and the attempts it frees are made, on the thread that saw
/// it finish; that thread starts them, so under load the runner's task sleeps and no thread
/// has to be woken between one delivery and the next.
///
/// `@unchecked Sendable`: everything mutable is in `core`, behind the lock; `onAttempt` and
/// the journal are called only while it is held, so one at a time.
final class RunState: @unchecked Sendable {
    struct Core {
        var clock: VirtualClock
        var scheduler: DeliveryScheduler
        var outcomes: [EventOutcome]
        var attemptCount = 0
        var lastVirtualTime = Duration.zero
        var journalError: (any Error)?
        var cancelRequested = false
        /// The wall-clock time of the first attempt, as its journal line has it.
        var firstWallTime: Date?
        var lateAttempts = 0
        /// The attempts the scheduler has just handed out: one array for the whole run.
        var due: [DeliveryScheduler.Attempt] = []
    }

    /// What the runner's task should do next.
    enum Step {
        case send([AttemptJob])
        /// Nothing is due for `delay` of real time, measured from `elapsed` after the start.
        case sleep(delay: Duration, elapsed: Duration)
        /// Attempts in flight will say what comes next.
        case wait
        case finished
    }

    let deliverer: WebhookDeliverer
    let render: BodyRenderer
    /// Wakes the runner's task.
    let events = CompletionQueue<RunnerEvent>()
    private let core: Mutex<Core>
    /// Real time since the run started.
    private let elapsed: @Sendable () -> Duration
    private let journal: Journal?
    private let onAttempt: ((AttemptRecord) -> Void)?
    private let keepsTimelines: Bool
    private let url: String
    /// With OAuth2 a token may have to be fetched before sending, which needs a task.
    private let sendsInTasks: Bool

    init(
        core: Core, deliverer: WebhookDeliverer, render: @escaping BodyRenderer, elapsed: @escaping @Sendable () -> Duration,
        journal: Journal?, keepsTimelines: Bool, onAttempt: ((AttemptRecord) -> Void)?
    ) {
        self.core = Mutex(core)
        self.deliverer = deliverer
        self.render = render
        self.elapsed = elapsed
        self.journal = journal
        self.keepsTimelines = keepsTimelines
        self.onAttempt = onAttempt
        self.url = deliverer.endpoint.url.absoluteString
        self.sendsInTasks = deliverer.tokenProvider != nil
    }

    /// For the runner's task: stops new attempts once `cancelled`, then says what to do.
    func next(cancelled: Bool) -> Step {
        let elapsed = elapsed()
        var jobs: [AttemptJob] = []
        let next = core.withLock { core in
            if cancelled { core.cancelRequested = true }
            return step(&core, elapsed: elapsed) { jobs.append($0) }
        }
        return next ?? .send(jobs)
    }

    /// Sends `jobs`: through the transport, or each in a task when OAuth2 is on.
    func start(_ jobs: [AttemptJob]) {
        for job in jobs {
            if sendsInTasks {
                job.deliverInTask()
            } else {
                deliverer.transport.submit(job)
            }
        }
    }

    /// An attempt's request: its body rendered and signed. (Through here, not `deliverer`
    /// from outside, which copied the whole deliverer for each call.)
    func request(for context: BodyRenderContext, retry: Int) -> (request: DeliveryRequest, signature: String?) {
        deliverer.request(body: render(context), retry: retry)
    }

    /// `response` judged by the endpoint's rule.
    func result(of response: TransportResponse, signature: String?) -> DeliveryAttemptResult {
        deliverer.result(of: response, signature: signature)
    }

    /// Records a finished attempt and hands each attempt it lets start now to `start`, which
    /// must only keep it: it is called under the run's lock. Any thread.
    func complete(_ sent: SentAttempt, start: (AttemptJob) -> Void) {
        let elapsed = elapsed()
        let wake = core.withLock { core -> Bool in
            record(sent, in: &core)
            switch step(&core, elapsed: elapsed, emit: start) {
            case nil, .send, .wait: return false
            case .sleep, .finished: return true
            }
        }
        if wake { events.push(.wake) }
    }

    /// How the run ended, once nothing is in flight.
    /// An interrupted run on a clock that really waits has lived until the interruption, not
    /// only to its last attempt: 1 s into a 3600x drill is an hour of virtual time.
    func result(realElapsed: Duration) -> (outcomes: [EventOutcome], attemptCount: Int, cancelled: Bool, start: Date,
                                           startedAt: Date?, virtualElapsed: Duration, lateAttempts: Int, journalError: (any Error)?) {
        core.withLock { core in
            let cancelled = core.scheduler.isCancelled
            let virtualElapsed = cancelled && !core.clock.isInstant
                ? max(core.lastVirtualTime, core.clock.now(realElapsed: realElapsed)) : core.lastVirtualTime
            return (core.outcomes, core.attemptCount, cancelled, core.clock.start, core.firstWallTime,
                    virtualElapsed, core.lateAttempts, core.journalError)
        }
    }

    /// What to do next. Attempts due now are made and handed to `emit`, and nil is returned
    /// for them instead of ``Step/send(_:)``: a finished attempt then makes no array.
    private func step(_ core: inout Core, elapsed: Duration, emit: (AttemptJob) -> Void) -> Step? {
        if core.cancelRequested || core.journalError != nil, !core.scheduler.isCancelled {
            core.scheduler.cancel()
        }
        while true {
            let now = core.clock.now(realElapsed: elapsed)
            core.due.removeAll(keepingCapacity: true)
            switch core.scheduler.nextAction(now: now, appendingTo: &core.due) {
            case nil:
                let virtualTime = core.clock.date(at: now)
                let wallTime = Date()
                if core.firstWallTime == nil, !core.due.isEmpty { core.firstWallTime = wallTime }
                for attempt in core.due {
                    let context = BodyRenderContext(
                        scheduledIndex: core.outcomes[attempt.event].scheduledIndex,
                        repeatIndex: core.outcomes[attempt.event].repeatIndex,
                        instanceIndex: attempt.event, retry: attempt.retry, virtualTime: virtualTime,
                        firstTryTime: core.clock.date(at: attempt.firstTry)
                    )
                    emit(AttemptJob(run: self, context: context, attempt: attempt, sentAt: now, wallTime: wallTime))
                }
                return nil
            case .sleep(until: let due):
                guard core.clock.isInstant else {
                    return .sleep(delay: core.clock.realDelay(until: due, realElapsed: elapsed), elapsed: elapsed)
                }
                // The instant clock jumps ahead, but only once nothing in flight can still
                // schedule an earlier retry.
                guard core.scheduler.inFlight == 0 else { return .wait }
                core.clock.advance(to: due)
            case .awaitCompletion:
                return .wait
            case .finished:
                return .finished
            }
        }
    }

    private func record(_ sent: SentAttempt, in core: inout Core) {
        let attempt = sent.attempt
        core.scheduler.attemptCompleted(attempt, acknowledged: sent.result.isAcknowledged)
        core.attemptCount += 1
        core.lastVirtualTime = max(core.lastVirtualTime, sent.sentAt)
        let virtualOffset = sent.sentAt - attempt.firstTry
        if RunResult.isLate(planned: attempt.plannedOffset, actual: virtualOffset) { core.lateAttempts += 1 }
        core.outcomes[attempt.event].state = .init(
            afterAttempt: attempt.number, acknowledged: sent.result.isAcknowledged, offset: virtualOffset,
            scheduleLength: core.scheduler.offsets.count
        )
        if keepsTimelines {
            core.outcomes[attempt.event].appendToTimeline(AttemptSummary(
                virtualOffset: virtualOffset, status: sent.result.response.status, error: sent.result.error
            ))
        }
        guard journal != nil || onAttempt != nil else { return }
        let record = AttemptRecord(
            eventID: core.outcomes[attempt.event].instanceID, typeEvent: core.outcomes[attempt.event].event.typeEvent,
            attempt: attempt.number, retry: attempt.retry,
            plannedOffset: attempt.plannedOffset, virtualOffset: virtualOffset,
            scenarioTime: sent.sentAt, virtualTime: core.clock.date(at: sent.sentAt), wallTime: sent.wallTime,
            url: url, status: sent.result.response.status, error: sent.result.error,
            latency: sent.result.response.latency, signature: sent.result.signature
        )
        if let journal, core.journalError == nil {
            do { try journal.write(record) } catch { core.journalError = error }
        }
        onAttempt?(record)
    }
}
