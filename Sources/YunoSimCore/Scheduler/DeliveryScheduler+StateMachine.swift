import HeapModule

extension DeliveryScheduler {
    /// Queues an event whose first try is due at `firstTry` (virtual offset from the scenario
    /// start) and returns its number: 0 for the first event scheduled, then 1, 2, …
    @discardableResult
    public mutating func schedule(at firstTry: Duration) -> Int {
        let event = scheduledCount
        scheduledCount += 1
        queue.insert(Entry(due: firstTry.nanosecondCount, event: event, firstTry: 0, attempt: 1))
        return event
    }

    /// The next thing to do at virtual time `now`. Attempts returned in ``Action/send(_:)``
    /// count as in flight until ``attemptCompleted(_:acknowledged:)`` reports them.
    public mutating func nextAction(now: Duration) -> Action {
        if isCancelled || queue.isEmpty {
            return inFlight == 0 ? .finished : .awaitCompletion
        }
        let capacity = concurrency - inFlight
        guard capacity > 0 else { return .awaitCompletion }
        let nowNanoseconds = now.nanosecondCount
        var attempts: [Attempt] = []
        while attempts.count < capacity, let next = queue.min, next.due <= nowNanoseconds {
            let entry = queue.removeMin()
            let firstTry = entry.attempt == 1 ? nowNanoseconds : entry.firstTry
            attempts.append(Attempt(
                event: entry.event,
                number: Int(entry.attempt),
                dueNanoseconds: entry.due,
                firstTryNanoseconds: firstTry,
                plannedOffsetNanoseconds: offsets[Int(entry.attempt) - 1]
            ))
        }
        if attempts.isEmpty, let next = queue.min {
            return .sleep(until: .nanoseconds(next.due))
        }
        inFlight += attempts.count
        return .send(attempts)
    }

    /// Reports that `attempt` finished. An acknowledged attempt ends its event; a failed one
    /// queues the next attempt, due at the first try plus its offset, until the schedule runs out.
    @discardableResult
    public mutating func attemptCompleted(_ attempt: Attempt, acknowledged: Bool) -> Progress {
        inFlight -= 1
        if acknowledged { return .delivered }
        guard attempt.number < offsets.count else { return .exhausted }
        if isCancelled { return .cancelled }
        let (due, overflow) = attempt.firstTryNanoseconds.addingReportingOverflow(offsets[attempt.number])
        let entry = Entry(
            due: overflow ? .max : due,
            event: attempt.event,
            firstTry: attempt.firstTryNanoseconds,
            attempt: UInt8(attempt.number + 1)
        )
        queue.insert(entry)
        return .retry(due: .nanoseconds(entry.due))
    }

    /// Stops sending: queued attempts are dropped, in-flight ones may still complete.
    /// Returns how many queued attempts were dropped.
    @discardableResult
    public mutating func cancel() -> Int {
        isCancelled = true
        let dropped = queue.count
        queue = Heap()
        return dropped
    }
}
