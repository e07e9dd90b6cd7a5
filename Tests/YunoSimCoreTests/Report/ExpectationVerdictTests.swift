import Foundation
import Testing
@testable import YunoSimCore

/// Verdicts and summary rows over a repeated event, made from outcomes without a run.
@Suite struct ExpectationVerdictTests {
    private static let event = try! ScheduledEvent(id: "p", event: EventName("payment.purchase"), repeatCount: 5)

    /// `p#1`, `p#2`: delivered at once; `p#3`: on attempt 3 at +50m; `p#4`, `p#5`: exhausted.
    private static func result() -> RunResult {
        let offsets = RetrySchedule.yuno.offsets
        let attempts = [1, 1, 3, 7, 7]
        let outcomes = attempts.enumerated().map { index, count in
            var outcome = EventOutcome(event: event, scheduledIndex: 0, repeatIndex: index)
            for number in 1...count {
                let acknowledged = number == count && index < 3
                outcome.appendToTimeline(AttemptSummary(
                    virtualOffset: offsets[number - 1], status: acknowledged ? 200 : 500,
                    error: acknowledged ? nil : .httpStatus(500)
                ))
            }
            outcome.state = index < 3 ? .delivered(attempt: count, offset: offsets[count - 1]) : .exhausted(attempts: 7)
            return outcome
        }
        return RunResult(
            outcomes: outcomes, attemptCount: attempts.reduce(0, +), wasCancelled: false,
            start: Date(timeIntervalSince1970: 1_772_366_400), virtualElapsed: .zero, realElapsed: .seconds(1)
        )
    }

    @Test func aVerdictCountsEveryInstanceAndMakesOnlyTheFailuresAskedFor() throws {
        let verdicts = Self.result().verdicts([
            try Expectation(eventID: "p", within: 3),
            try Expectation(eventID: "ghost"),
        ], events: [Self.event])
        let within = verdicts[0]
        #expect(!within.passed && within.checkCount == 5 && within.failureCount == 2)
        #expect(within.failures(limit: 1).map(\.instanceID) == ["p#4"])
        #expect(within.failures().map(\.instanceID) == ["p#4", "p#5"])
        #expect(within.checks.map(\.passed) == [true, true, true, false, false])
        #expect(within.failureMessage == "p#4: expected delivery within 3 attempts; exhausted after 7 attempts (7 × HTTP 500)"
            + " (and 1 more of 5 instances)")
        let ghost = verdicts[1]
        #expect(!ghost.passed && ghost.checkCount == 1 && ghost.failureCount == 1)
        #expect(ghost.failureMessage == "ghost: no such event in the run")
    }

    @Test func aGroupSummaryGathersRangesCountsAndTheMostCommonLastAnswer() throws {
        let group = try #require(Self.result().groups(of: [Self.event]).first)
        let summary = group.summary
        #expect(summary.delivered == 3 && summary.exhausted == 2 && summary.unfinished == 0)
        #expect(summary.attempts == 1...7)
        #expect(summary.deliveredOffsets == .zero...Duration.seconds(3_000))
        #expect(summary.mostCommonLastAnswer?.description == "HTTP 200")
        #expect(group.outcomeText == "3 delivered, 2 exhausted")
        // On a tie, the answer met first wins: p#4's HTTP 500 before p#1's HTTP 200 here.
        let outcomes = Self.result().outcomes
        let tied = try #require(RunResult(
            outcomes: [outcomes[3], outcomes[0]], attemptCount: 8, wasCancelled: false,
            start: .now, virtualElapsed: .zero, realElapsed: .zero
        ).groups(of: [Self.event]).first)
        #expect(tied.summary.mostCommonLastAnswer?.description == "HTTP 500")
    }
}
