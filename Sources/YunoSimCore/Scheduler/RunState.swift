import Foundation
import Synchronization

/// What the runner's task and the transport's threads share during one run: the scheduler,
/// the virtual clock, how every event stands and where attempts are recorded, behind one lock.
///
/// A finished attempt is recorded, and the attempts it frees are made, on the thread that saw
/// it finish; that thread starts them, so under load the runner's task sleeps and no thread
/// has to be woken between one delivery and the next.
///
/// The lock decides and the caller does: what a finished attempt leads to (records to write
/// and pass to `onAttempt`, the runner's task to wake, attempts to start) is carried out once
/// it is released, so no disk write and no caller's closure runs under it. One thread at a
/// time writes records, in the order the attempts finished (see ``Core/writing``).
final class RunState: Sendable {
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
        /// Records of finished attempts not yet written, in the order they finished.
        var unwritten: [AttemptRecord] = []
        /// The other buffer of the writer's two, so taking records allocates nothing.
        var spare: [AttemptRecord] = []
        /// Whether a thread is writing records now: it writes every record added meanwhile too,
        /// so lines keep the order the attempts finished in.
        var writing = false
        /// The run finished while records were being written: the writer wakes the runner's
        /// task when it is done, and the run is not finished until then.
        var wakeWhenWritten = false

        /// Moves the unwritten records to the empty `records`, leaving the spare buffer in their place.
        mutating func takeUnwritten(into records: inout [AttemptRecord]) {
            swap(&records, &unwritten)
            swap(&unwritten, &spare)
        }
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
    let tokenProvider: OAuth2TokenProvider?
    let render: BodyRenderer
    /// Wakes the runner's task.
    let events = CompletionQueue<RunnerEvent>()
    private let core: Mutex<Core>
    /// Real time since the run started.
    private let elapsed: @Sendable () -> Duration
    private let journal: Journal?
    private let onAttempt: (@Sendable (AttemptRecord) -> Void)?
    private let keepsTimelines: Bool
    private let url: String

    init(
        core: Core, deliverer: WebhookDeliverer, render: @escaping BodyRenderer, elapsed: @escaping @Sendable () -> Duration,
        journal: Journal?, keepsTimelines: Bool, onAttempt: (@Sendable (AttemptRecord) -> Void)?
    ) {
        self.core = Mutex(core)
        self.deliverer = deliverer
        self.tokenProvider = deliverer.tokenProvider
        self.render = render
        self.elapsed = elapsed
        self.journal = journal
        self.keepsTimelines = keepsTimelines
        self.onAttempt = onAttempt
        self.url = deliverer.endpoint.url.absoluteString
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

    /// Stops new attempts at once, from any thread: the runner's task was cancelled. Attempts
    /// answered after this start nothing more, even before that task runs again.
    func cancel() {
        let first = core.withLock { core -> Bool in
            defer { core.cancelRequested = true }
            return !core.cancelRequested
        }
        if first { events.push(.cancelled) }
    }

    /// Hands `jobs` to the transport: the one way attempts are sent.
    func start(_ jobs: [AttemptJob]) {
        for job in jobs {
            deliverer.transport.submit(job)
        }
    }

    /// An attempt's request: its body rendered and signed, carrying `token`. (Through here, not
    /// `deliverer` from outside, which copied the whole deliverer for each call.)
    func request(for context: BodyRenderContext, retry: Int, token: OAuth2Token?) -> (request: DeliveryRequest, signature: String?) {
        deliverer.request(body: render(context), retry: retry, token: token)
    }

    /// `response` judged by the endpoint's rule; a 401 drops the `token` it was sent with.
    func result(of response: TransportResponse, signature: String?, token: OAuth2Token?) -> DeliveryAttemptResult {
        deliverer.result(of: response, signature: signature, token: token)
    }

    /// Records a finished attempt and appends each attempt it lets start now to `next`, the
    /// transport's list; then, with the lock released, writes what it recorded and wakes the
    /// runner's task if it must. Any thread.
    func complete(_ sent: SentAttempt, next: inout [any TransportJob]) {
        let elapsed = elapsed()
        var records: [AttemptRecord] = []
        let (wake, journalFailed) = core.withLock { core -> (Bool, Bool) in
            record(sent, in: &core)
            if !core.writing, !core.unwritten.isEmpty {
                core.writing = true
                core.takeUnwritten(into: &records)
            }
            switch step(&core, elapsed: elapsed, emit: { next.append($0) }) {
            case nil, .send, .wait: return (false, core.journalError != nil)
            case .sleep, .finished: return (true, core.journalError != nil)
            }
        }
        if wake { events.push(.wake) }
        if !records.isEmpty { write(&records, journalFailed: journalFailed) }
    }

    /// Writes `records` to the journal (until a write fails) and passes them to `onAttempt`,
    /// then every record added meanwhile, until none is left. Called by the one thread that
    /// took the writer's turn.
    private func write(_ records: inout [AttemptRecord], journalFailed: Bool) {
        var failed = journalFailed
        while true {
            var failure: (any Error)?
            for record in records {
                if let journal, !failed {
                    do { try journal.write(record) } catch { failure = error; failed = true }
                }
                onAttempt?(record)
            }
            records.removeAll(keepingCapacity: true)
            let wake = core.withLock { core -> Bool in
                // A failed write cancels the run: the runner's task is woken to see it.
                var wake = false
                if let failure, core.journalError == nil {
                    core.journalError = failure
                    wake = true
                }
                swap(&core.spare, &records)
                if !core.unwritten.isEmpty {
                    core.takeUnwritten(into: &records)
                    return wake
                }
                core.writing = false
                defer { core.wakeWhenWritten = false }
                return wake || core.wakeWhenWritten
            }
            if wake { events.push(.wake) }
            if records.isEmpty { return }
        }
    }

    /// How the run ended, once nothing is in flight, and the journal write that failed, if any.
    /// An interrupted run on a clock that really waits has lived until the interruption, not
    /// only to its last attempt: 1 s into a 3600x drill is an hour of virtual time.
    func result(realElapsed: Duration) -> (result: RunResult, journalError: (any Error)?) {
        core.withLock { core in
            let cancelled = core.scheduler.isCancelled
            let virtualElapsed = cancelled && !core.clock.isInstant
                ? max(core.lastVirtualTime, core.clock.now(realElapsed: realElapsed)) : core.lastVirtualTime
            let result = RunResult(
                outcomes: core.outcomes, attemptCount: core.attemptCount, wasCancelled: cancelled, start: core.clock.start,
                startedAt: core.firstWallTime, virtualElapsed: virtualElapsed, realElapsed: realElapsed,
                lateAttempts: core.lateAttempts
            )
            return (result, core.journalError)
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
                // Not before every record is written: the runner flushes the journal next.
                guard !core.writing, core.unwritten.isEmpty else {
                    core.wakeWhenWritten = true
                    return .wait
                }
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
        core.unwritten.append(record)
    }
}
