import Testing
import YunoSimCore

@Suite struct RetryScheduleTests {
    private let minute = 60, hour = 3_600

    @Test func yunoOffsetsAreMeasuredFromTheFirstTry() {
        let expected: [Duration] = [0, 5 * minute, 50 * minute, 6 * hour, 24 * hour, 48 * hour, 96 * hour].map { .seconds($0) }
        #expect(RetrySchedule.yuno.offsets == expected)
        #expect(RetrySchedule.yuno.attemptCount == 7)
        #expect(RetrySchedule.yuno.offset(ofAttempt: 1) == .zero)
        #expect(RetrySchedule.yuno.offset(ofAttempt: 4) == .seconds(6 * hour))
        #expect(RetrySchedule.yuno.offset(ofAttempt: 0) == nil)
        #expect(RetrySchedule.yuno.offset(ofAttempt: 8) == nil)
    }

    @Test func cumulativeReadsTheTableAsGaps() {
        let schedule = RetrySchedule.yunoCumulative
        #expect(schedule.offset(ofAttempt: 2) == .seconds(5 * minute))
        #expect(schedule.offset(ofAttempt: 3) == .seconds(55 * minute))
        #expect(schedule.offset(ofAttempt: 4) == .seconds(6 * hour + 55 * minute))
        // 0 + 5m + 50m + 6h + 24h + 48h + 96h = 7 days 6 h 55 min.
        #expect(schedule.offset(ofAttempt: 7) == .seconds(174 * hour + 55 * minute))
        #expect(schedule.description == "yuno-cumulative")
    }

    @Test func customSchedulesAreValidated() throws {
        let schedule = try RetrySchedule.custom([.zero, .seconds(60), .seconds(600)])
        #expect(schedule.attemptCount == 3)
        #expect(schedule.description == "[0s, 1m, 10m]")
        #expect(throws: InputError.self) { try RetrySchedule.custom([]) }
        #expect(throws: InputError.self) { try RetrySchedule.custom([.seconds(1)]) }
        #expect(throws: InputError.self) { try RetrySchedule.custom([.zero, .seconds(10), .seconds(5)]) }
        #expect(try RetrySchedule.custom([.zero, .zero]).attemptCount == 2)
    }

    @Test func namedSchedules() throws {
        #expect(try RetrySchedule.named("yuno") == .yuno)
        #expect(try RetrySchedule.named("yuno-cumulative") == .yunoCumulative)
        #expect(throws: InputError.self) { try RetrySchedule.named("weekly") }
    }
}
