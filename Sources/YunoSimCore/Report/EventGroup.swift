/// The instances of one scheduled event: a single row in a summary, or a `repeat`ed group.
public struct EventGroup: Sendable {
    public let event: ScheduledEvent
    public let outcomes: ArraySlice<EventOutcome>

    public var isRepeated: Bool { event.repeatCount > 1 }

    /// `delivered`, `exhausted`, `unfinished`, or `998 delivered, 2 exhausted` for a group.
    public var outcomeText: String { outcomeText(summary) }

    /// ``outcomeText`` from the group's `summary`.
    func outcomeText(_ summary: Summary) -> String {
        if let only = outcomes.first, outcomes.count == 1 { return only.outcomeName }
        return [(summary.delivered, "delivered"), (summary.exhausted, "exhausted"), (summary.unfinished, "unfinished")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}

extension EventOutcome {
    /// `delivered`, `exhausted` or `unfinished`.
    public var outcomeName: String {
        switch state {
        case .delivered: "delivered"
        case .exhausted: "exhausted"
        case .unfinished: "unfinished"
        }
    }

    /// The virtual offset of delivery from the first try, when delivered.
    public var deliveredOffset: Duration? {
        if case .delivered(_, let offset) = state { return offset }
        return nil
    }
}

extension RunResult {
    /// The outcomes split by scheduled event, in the order of `events`.
    public func groups(of events: [ScheduledEvent]) -> [EventGroup] {
        var groups: [EventGroup] = []
        var start = outcomes.startIndex
        for (index, event) in events.enumerated() {
            var end = start
            while end < outcomes.endIndex, outcomes[end].scheduledIndex == index { end += 1 }
            groups.append(EventGroup(event: event, outcomes: outcomes[start..<end]))
            start = end
        }
        return groups
    }
}
