import Foundation
import Testing
import YunoSimCore
import YunoSimTesting

@Suite struct DeliveryRunnerTests {
    static let purchase = try! EventName("payment.purchase")
    static let refund = try! EventName("payment.refund")
    private let start = Date(timeIntervalSince1970: 1_772_366_400) // 2026-03-01T12:00:00Z

    private func runner(
        _ transport: InMemoryTransport,
        events: [ScheduledEvent],
        clock: ClockMode = .instant,
        concurrency: Int = 32,
        credentials: EndpointCredentials = EndpointCredentials(hmacSecret: "test-hmac")
    ) throws -> DeliveryRunner {
        let endpoint = Endpoint(url: try WebhookURL("http://127.0.0.1:9/webhooks/yuno"), credentials: credentials)
        return DeliveryRunner(
            configuration: try RunConfiguration(clock: clock, start: start, concurrency: concurrency),
            deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport),
            render: try DeliveryRunner.catalogueBodies(for: events, seed: 7)
        )
    }

    @Test func instantModeDeliversAndExhaustsDeterministically() async throws {
        let transport = InMemoryTransport { typeEvent, _ in typeEvent == "payment.refund" ? 500 : 200 }
        let events = [
            try ScheduledEvent(id: "buy", event: Self.purchase, at: .seconds(30)),
            try ScheduledEvent(id: "refund", event: Self.refund, at: .seconds(60)),
        ]
        let result = try await runner(transport, events: events).run(events)
        #expect(result.attemptCount == 8)
        #expect(result.outcomes[0].state == .delivered(attempt: 1, offset: .zero))
        #expect(result.outcomes[1].state == .exhausted(attempts: 7))
        #expect(result.outcomes[1].timeline.map(\.virtualOffset) == RetrySchedule.yuno.offsets)
        #expect(result.outcomes[1].timeline.allSatisfy { $0.status == 500 && $0.errorKind == .httpStatus })
        #expect(result.virtualElapsed == .seconds(60 + 96 * 3_600))
        #expect(result.start == start)
        #expect(!result.wasCancelled)
        #expect(transport.received.map(\.retry) == [0, 0, 1, 2, 3, 4, 5, 6])
        #expect(result.outcomes[1].story == "exhausted after 7 attempts (7 × HTTP 500)")
    }

    @Test func failingUntilRetryThreeIsDeliveredOnAttemptFourAtSixHours() async throws {
        let transport = InMemoryTransport { _, retry in retry < 3 ? 500 : 200 }
        let events = [try ScheduledEvent(id: "purchase-1", event: Self.purchase)]
        let log = AttemptLog()
        let result = try await runner(transport, events: events).run(events, onAttempt: log.record)
        let records = log.records
        #expect(result.outcomes[0].state == .delivered(attempt: 4, offset: .seconds(6 * 3_600)))
        #expect(records.map(\.virtualOffset) == Array(RetrySchedule.yuno.offsets.prefix(4)))
        #expect(records.map(\.plannedOffset) == records.map(\.virtualOffset))
        #expect(records.last?.virtualTime == start.addingTimeInterval(6 * 3_600))

        let exact = try Expectation(eventID: "purchase-1", attempt: 4)
        let tooEarly = try Expectation(eventID: "purchase-1", attempt: 3)
        let within = try Expectation(eventID: "purchase-1", within: 4)
        let verdicts = result.verdicts([exact, tooEarly, within], events: events)
        #expect(verdicts.map(\.passed) == [true, false, true])
        #expect(verdicts.flatMap { $0.failures() }.first?.message
            == "purchase-1: expected delivery on attempt 3; delivered on attempt 4 at +6h after 3 × HTTP 500")
    }

    @Test func concurrencyBoundIsRespected() async throws {
        let transport = InMemoryTransport()
        let events = [try ScheduledEvent(id: "burst", event: Self.purchase, repeatCount: 40)]
        let result = try await runner(transport, events: events, concurrency: 3).run(events)
        #expect(result.outcomes.count == 40)
        #expect(result.outcomes.allSatisfy { $0.isDelivered })
        #expect(transport.maxInFlight <= 3)
        #expect(transport.maxInFlight >= 2)
        #expect(result.outcomes.map(\.instanceID).prefix(2) == ["burst#1", "burst#2"])
    }

    @Test func repeatsAreSpacedByTheirInterval() async throws {
        let transport = InMemoryTransport()
        let events = [try ScheduledEvent(id: "tick", event: Self.purchase, at: .seconds(10), repeatCount: 3, repeatEvery: .seconds(5))]
        let log = AttemptLog()
        _ = try await runner(transport, events: events, concurrency: 1).run(events, onAttempt: log.record)
        let records = log.records
        #expect(records.map(\.scenarioTime) == [.seconds(10), .seconds(15), .seconds(20)])
        #expect(records.map(\.eventID) == ["tick#1", "tick#2", "tick#3"])
    }

    @Test func cancellationStopsNewAttemptsAndLetsInFlightOnesFinish() async throws {
        let transport = InMemoryTransport(gateOpen: false) { _, _ in 500 }
        let events = [try ScheduledEvent(id: "many", event: Self.purchase, repeatCount: 5)]
        let runner = try runner(transport, events: events, concurrency: 2)
        let task = Task { try await runner.run(events) }
        await transport.waitForRequests(2)
        task.cancel()
        transport.openGate()
        let result = try await task.value
        #expect(result.wasCancelled)
        #expect(result.attemptCount == 2)
        #expect(transport.received.count == 2)
        #expect(result.outcomes.map(\.state) == Array(repeating: .unfinished(attempts: 1), count: 2)
            + Array(repeating: .unfinished(attempts: 0), count: 3))
        #expect(result.verdicts([], events: events).map(\.failureCount) == [5])
    }

    /// 5 virtual minutes at 600× is half a real second, which the run must really wait. No upper
    /// bound on the time: a test process busy on both cores once woke the retry's timer 15 s
    /// late (9,120 virtual seconds). How real time maps to virtual time is checked exactly on
    /// an injected clock below; a run that waited 5 real minutes would hit the time limit.
    @Test(.timeLimit(.minutes(1))) func speedModeReallyWaitsForTheRetry() async throws {
        let transport = InMemoryTransport { _, retry in retry == 0 ? 500 : 200 }
        let events = [try ScheduledEvent(id: "slow", event: Self.purchase)]
        let result = try await runner(transport, events: events, clock: .speed(600)).run(events)
        #expect(result.realElapsed >= .milliseconds(450))
        guard case .delivered(attempt: 2, let offset) = result.outcomes[0].state else {
            Issue.record("expected delivery on attempt 2, got \(result.outcomes[0].state)"); return
        }
        #expect(offset >= .seconds(300))
    }

    @Test func speedModeMapsRealTimeOnAnInjectedClock() async throws {
        let transport = InMemoryTransport { _, retry in retry == 0 ? 500 : 200 }
        let events = [try ScheduledEvent(id: "manual", event: Self.purchase, at: .seconds(60))]
        let runner = try runner(transport, events: events, clock: .speed(600))
        let realClock = ManualClock()
        let task = Task { try await runner.run(events, realClock: realClock) }
        // The first try is due 60 virtual seconds in: 100 ms of real time.
        await realClock.waitForSleeper()
        realClock.advance(by: .milliseconds(100))
        await transport.waitForRequests(1)
        // Its retry is due 5 virtual minutes after it: another 500 ms.
        await realClock.waitForSleeper()
        realClock.advance(by: .milliseconds(500))
        let result = try await task.value
        #expect(result.outcomes[0].state == .delivered(attempt: 2, offset: .seconds(300)))
        #expect(result.realElapsed == .milliseconds(600))
        #expect(result.virtualElapsed == .seconds(360))
    }
}
