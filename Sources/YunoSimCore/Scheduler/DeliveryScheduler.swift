import HeapModule

/// Decides which delivery attempts are due, honouring a ``RetrySchedule`` and a concurrency
/// bound. A pure state machine: events in (``schedule(at:)``, ``attemptCompleted(_:acknowledged:)``,
/// the current virtual time), actions out (``Action``). It never sleeps and never does I/O.
///
/// Times are virtual offsets from the scenario start. Attempts are ordered by due time; ties
/// break by the order in which their events were scheduled, so retries that fall due together
/// go out in the same order on every run, however their previous attempts completed.
///
/// Per event it keeps one small queue entry and no body, so millions of pending events fit.
public struct DeliveryScheduler: Sendable {
    /// One delivery attempt to make now.
    public struct Attempt: Sendable, Hashable {
        /// The event's number: 0 for the first one scheduled, then 1, 2, …
        public let event: Int
        /// 1-based attempt number; the body's `retry` is one less.
        public let number: Int
        let dueNanoseconds: Int64
        let firstTryNanoseconds: Int64
        let plannedOffsetNanoseconds: Int64

        /// The body's `retry` field: 0 on the first try.
        public var retry: Int { number - 1 }
        /// When the attempt fell due (virtual offset from the scenario start).
        public var due: Duration { .nanoseconds(dueNanoseconds) }
        /// When the event's first try was sent (virtual); equals ``due`` for a first try.
        public var firstTry: Duration { .nanoseconds(firstTryNanoseconds) }
        /// The schedule's offset for this attempt, from the first try.
        public var plannedOffset: Duration { .nanoseconds(plannedOffsetNanoseconds) }
    }

    /// What the driver should do next.
    public enum Action: Sendable, Hashable {
        /// Start these attempts now, concurrently, in this order.
        case send([Attempt])
        /// Nothing is due before this virtual time; wake up then, or earlier when an attempt completes.
        case sleep(until: Duration)
        /// Nothing can start until an in-flight attempt completes.
        case awaitCompletion
        /// Every event is delivered, exhausted or cancelled, and nothing is in flight.
        case finished
    }

    /// What the driver should do when no attempt is handed out: ``Action`` without `send`.
    enum Pause: Sendable, Hashable {
        case sleep(until: Duration)
        case awaitCompletion
        case finished
    }

    /// What became of an event after one of its attempts completed.
    public enum Progress: Sendable, Hashable {
        /// The attempt was acknowledged; the event is done.
        case delivered
        /// The attempt failed; the next one is due at this virtual time.
        case retry(due: Duration)
        /// The attempt was the last one the schedule allows.
        case exhausted
        /// The attempt failed after ``DeliveryScheduler/cancel()``; no retry is queued.
        case cancelled
    }

    /// A queued retry: `attempt` (1-based) is 2 or more; `firstTry` is when the first try went.
    struct Entry: Comparable {
        var due: Int64
        var event: Int
        var firstTry: Int64
        var attempt: UInt8

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.due != rhs.due ? lhs.due < rhs.due : lhs.event < rhs.event
        }

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.due == rhs.due && lhs.event == rhs.event
        }
    }

    /// A first try: due time and event number.
    struct FirstTry: Comparable {
        var due: Int64
        var event: Int

        static func < (lhs: FirstTry, rhs: FirstTry) -> Bool {
            lhs.due != rhs.due ? lhs.due < rhs.due : lhs.event < rhs.event
        }
    }

    let offsets: [Int64]
    let concurrency: Int
    /// First tries not yet sent, from `firstTryHead` on: most scenarios schedule them in time
    /// order, so they need no heap; they are sorted once if not.
    var firstTries: [FirstTry] = []
    var firstTryHead = 0
    var firstTriesSorted = true
    /// Retries, ordered by due time, then event.
    var retries = Heap<Entry>()
    var scheduledCount = 0
    /// Attempts handed out by ``Action/send(_:)`` and not yet completed.
    public internal(set) var inFlight = 0
    /// Set by ``cancel()``: nothing new is sent.
    public internal(set) var isCancelled = false

    /// - Parameters:
    ///   - schedule: the offsets of each attempt from the first try.
    ///   - concurrency: the most attempts in flight at once; values below 1 count as 1.
    public init(schedule: RetrySchedule = .yuno, concurrency: Int = 32) {
        self.offsets = schedule.offsetNanoseconds
        self.concurrency = max(1, concurrency)
    }
}
