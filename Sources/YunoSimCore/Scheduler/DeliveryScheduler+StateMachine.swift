import HeapModule

extension DeliveryScheduler {
    /// Queues an event whose first try is due at `firstTry` (virtual offset from the scenario
    /// start) and returns its number: 0 for the first event scheduled, then 1, 2, …
    @discardableResult
    public mutating func schedule(at firstTry: Duration) -> Int {
        let event = scheduledCount
        scheduledCount += 1
        let entry = FirstTry(due: firstTry.nanosecondCount, event: event)
        if let last = firstTries.last, entry < last { firstTriesSorted = false }
        firstTries.append(entry)
        return event
    }

    /// Makes room for `count` more events without growing the queue as they are scheduled.
    public mutating func reserveCapacity(_ count: Int) {
        firstTries.reserveCapacity(firstTries.count + count)
    }

    /// The next thing to do at virtual time `now`. Attempts returned in ``Action/send(_:)``
    /// count as in flight until ``attemptCompleted(_:acknowledged:)`` reports them.
    public mutating func nextAction(now: Duration) -> Action {
        var attempts: [Attempt] = []
        switch nextAction(now: now, appendingTo: &attempts) {
        case nil: return .send(attempts)
        case .sleep(until: let due): return .sleep(until: due)
        case .awaitCompletion: return .awaitCompletion
        case .finished: return .finished
        }
    }

    /// ``nextAction(now:)`` for a caller that keeps one array for every call: the attempts to
    /// start are appended to `attempts` and nil is returned; otherwise, what to do instead.
    mutating func nextAction(now: Duration, appendingTo attempts: inout [Attempt]) -> Pause? {
        if !firstTriesSorted {
            firstTries[firstTryHead...].sort()
            firstTriesSorted = true
        }
        if isCancelled || (firstTryHead == firstTries.count && retries.isEmpty) {
            return inFlight == 0 ? .finished : .awaitCompletion
        }
        let capacity = concurrency - inFlight
        guard capacity > 0 else { return .awaitCompletion }
        let nowNanoseconds = now.nanosecondCount
        var sent = 0
        while sent < capacity {
            let firstTry = firstTryHead < firstTries.count ? firstTries[firstTryHead] : nil
            let retry = retries.min
            // The earlier of the next first try and the next retry; ties go to the earlier event.
            if let firstTry, retry.map({ firstTry < FirstTry(due: $0.due, event: $0.event) }) ?? true {
                guard firstTry.due <= nowNanoseconds else { break }
                firstTryHead += 1
                sent += 1
                attempts.append(Attempt(
                    event: firstTry.event, number: 1, dueNanoseconds: firstTry.due,
                    firstTryNanoseconds: nowNanoseconds, plannedOffsetNanoseconds: offsets[0]
                ))
            } else if let retry, retry.due <= nowNanoseconds {
                retries.removeMin()
                sent += 1
                attempts.append(Attempt(
                    event: retry.event, number: Int(retry.attempt), dueNanoseconds: retry.due,
                    firstTryNanoseconds: retry.firstTry, plannedOffsetNanoseconds: offsets[Int(retry.attempt) - 1]
                ))
            } else {
                break
            }
        }
        if firstTryHead == firstTries.count, !firstTries.isEmpty {
            // Every first try is out: free the list.
            firstTries = []
            firstTryHead = 0
        }
        if sent == 0 {
            return nextDue.map { .sleep(until: .nanoseconds($0)) } ?? .awaitCompletion
        }
        inFlight += sent
        return nil
    }

    /// When the next queued attempt falls due, in nanoseconds of virtual time.
    private var nextDue: Int64? {
        let firstTry = firstTryHead < firstTries.count ? firstTries[firstTryHead].due : nil
        guard let retry = retries.min?.due else { return firstTry }
        return min(firstTry ?? retry, retry)
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
        retries.insert(entry)
        return .retry(due: .nanoseconds(entry.due))
    }

    /// Stops sending: queued attempts are dropped, in-flight ones may still complete.
    /// Returns how many queued attempts were dropped.
    @discardableResult
    public mutating func cancel() -> Int {
        isCancelled = true
        let dropped = firstTries.count - firstTryHead + retries.count
        firstTries = []
        firstTryHead = 0
        retries = Heap()
        return dropped
    }
}
