extension EventGroup {
    /// What a summary row shows of a group, gathered in one pass over its instances: a
    /// repeated event can have 100,000.
    public struct Summary: Sendable {
        public private(set) var delivered = 0
        public private(set) var exhausted = 0
        public private(set) var unfinished = 0
        /// Fewest and most attempts an instance took.
        public private(set) var attempts: ClosedRange<Int>?
        /// Earliest and latest virtual offset of delivery from the first try.
        public private(set) var deliveredOffsets: ClosedRange<Duration>?
        /// Each kind of last answer (by ``AttemptSummary/hasSameAnswer(as:)``), in the order first met.
        private var lastAnswers: [(answer: AttemptSummary, count: Int)] = []

        init(_ outcomes: ArraySlice<EventOutcome>) {
            for outcome in outcomes {
                switch outcome.state {
                case .delivered(_, let offset):
                    delivered += 1
                    deliveredOffsets = deliveredOffsets.map { min($0.lowerBound, offset)...max($0.upperBound, offset) } ?? offset...offset
                case .exhausted: exhausted += 1
                case .unfinished: unfinished += 1
                }
                let count = outcome.attemptCount
                attempts = attempts.map { min($0.lowerBound, count)...max($0.upperBound, count) } ?? count...count
                if let last = outcome.lastAttempt {
                    // A few kinds at most (`HTTP 200`, `HTTP 500`, `timeout`): a list beats hashing.
                    if let index = lastAnswers.firstIndex(where: { $0.answer.hasSameAnswer(as: last) }) {
                        lastAnswers[index].count += 1
                    } else {
                        lastAnswers.append((last, 1))
                    }
                }
            }
        }

        /// The last answer most instances got (`HTTP 200`); on a tie, the one met first.
        public var mostCommonLastAnswer: AttemptSummary? {
            // `max` keeps the first of equal elements.
            lastAnswers.max { $0.count < $1.count }?.answer
        }
    }

    /// The group's counts and ranges, in one pass.
    public var summary: Summary { Summary(outcomes) }
}
