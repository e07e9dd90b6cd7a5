extension EventOutcome {
    /// How the instance ended, for people: `delivered on attempt 5 at +24h after 4 × HTTP 500`,
    /// `exhausted after 7 attempts (7 × HTTP 500)`.
    public var story: String { Self.story(state: state, timeline: timeline) }

    static func story(state: State, timeline: [AttemptSummary]) -> String {
        let failures = timeline.filter { !$0.isAcknowledged }
        let failureText = Self.grouped(failures)
        switch state {
        case .delivered(let attempt, let offset):
            let base = "delivered on attempt \(attempt) at +\(offset.offsetNotation)"
            if attempt == 1 { return base }
            return base + " after " + (failureText ?? "\(attempt - 1) failed attempt\(attempt == 2 ? "" : "s")")
        case .exhausted(let attempts):
            return "exhausted after \(attempts.counted("attempt"))" + (failureText.map { " (\($0))" } ?? "")
        case .unfinished(let attempts):
            return "not finished: the run stopped after \(attempts) attempt\(attempts == 1 ? "" : "s")"
                + (failureText.map { " (\($0))" } ?? "")
        }
    }

    /// `3 × HTTP 500, 1 × timeout`: consecutive equal results counted together.
    private static func grouped(_ attempts: [AttemptSummary]) -> String? {
        guard !attempts.isEmpty else { return nil }
        var groups: [(text: String, count: Int)] = []
        for attempt in attempts {
            let text = attempt.description
            if let last = groups.last, last.text == text {
                groups[groups.count - 1].count += 1
            } else {
                groups.append((text, 1))
            }
        }
        return groups.map { "\($0.count) × \($0.text)" }.joined(separator: ", ")
    }
}
