import Testing
import YunoSimCore

@Suite struct EventOutcomeStateTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let attempt: Int
        let acknowledged: Bool
        let scheduleLength: Int
        let expected: EventOutcome.State
        var testDescription: String { "attempt \(attempt) of \(scheduleLength), acknowledged \(acknowledged)" }
    }

    static let offset = Duration.seconds(300)

    /// The rule `run`, the progress line and `report` share.
    @Test(arguments: [
        Row(attempt: 1, acknowledged: true, scheduleLength: 7, expected: .delivered(attempt: 1, offset: offset)),
        Row(attempt: 6, acknowledged: true, scheduleLength: 7, expected: .delivered(attempt: 6, offset: offset)),
        // Acknowledged on the last attempt is delivered, not exhausted.
        Row(attempt: 7, acknowledged: true, scheduleLength: 7, expected: .delivered(attempt: 7, offset: offset)),
        Row(attempt: 1, acknowledged: false, scheduleLength: 7, expected: .unfinished(attempts: 1)),
        Row(attempt: 6, acknowledged: false, scheduleLength: 7, expected: .unfinished(attempts: 6)),
        Row(attempt: 7, acknowledged: false, scheduleLength: 7, expected: .exhausted(attempts: 7)),
        // A journal from a longer schedule than the scenario now has: past the end is exhausted.
        Row(attempt: 9, acknowledged: false, scheduleLength: 7, expected: .exhausted(attempts: 9)),
        Row(attempt: 1, acknowledged: false, scheduleLength: 1, expected: .exhausted(attempts: 1)),
        Row(attempt: 1, acknowledged: true, scheduleLength: 1, expected: .delivered(attempt: 1, offset: offset)),
    ])
    func anAttemptDecidesTheState(row: Row) {
        let state = EventOutcome.State(
            afterAttempt: row.attempt, acknowledged: row.acknowledged, offset: Self.offset, scheduleLength: row.scheduleLength
        )
        #expect(state == row.expected)
    }
}
