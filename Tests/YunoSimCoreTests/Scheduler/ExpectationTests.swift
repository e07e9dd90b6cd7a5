import Foundation
import Testing
import YunoSimCore
import YunoSimTesting

@Suite struct ExpectationTests {
    /// A real run whose events end in `states`, and its events (verdicts group outcomes by them).
    private func result(_ states: [(String, EventOutcome.State)]) async throws -> (RunResult, [ScheduledEvent]) {
        // Build real outcomes by running a scripted transport: simplest honest source of them.
        let transport = InMemoryTransport { typeEvent, retry in
            switch typeEvent {
            case "payment.purchase": 200
            case "payment.refund": retry < 4 ? 500 : 200
            default: 500
            }
        }
        let names = ["payment.purchase", "payment.refund", "payment.chargeback"]
        let events = try states.indices.map { index in
            try ScheduledEvent(id: states[index].0, event: EventName(names[index]))
        }
        let endpoint = Endpoint(url: try WebhookURL("http://127.0.0.1:9/hook"))
        let runner = DeliveryRunner(
            configuration: try RunConfiguration(),
            deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport),
            render: try DeliveryRunner.catalogueBodies(for: events, seed: 7)
        )
        let result = try await runner.run(events)
        #expect(result.outcomes.map(\.state) == states.map(\.1))
        return (result, events)
    }

    @Test func verdictsAndMessages() async throws {
        let (run, events) = try await result([
            ("quick", .delivered(attempt: 1, offset: .zero)),
            ("late", .delivered(attempt: 5, offset: .seconds(24 * 3_600))),
            ("never", .exhausted(attempts: 7)),
        ])
        let verdicts = run.verdicts([
            try Expectation(eventID: "quick", delivered: true),
            try Expectation(eventID: "late", attempt: 4),
            try Expectation(eventID: "late", within: 5),
            try Expectation(eventID: "never", delivered: false),
            try Expectation(eventID: "never", within: 7),
            try Expectation(eventID: "ghost"),
        ], events: events)
        #expect(verdicts.map(\.passed) == [true, false, true, true, false, false])
        #expect(verdicts.flatMap(\.checks).map(\.passed) == [true, false, true, true, false, false])
        #expect(verdicts[1].checks.first?.message
            == "late: expected delivery on attempt 4; delivered on attempt 5 at +24h after 4 × HTTP 500")
        #expect(verdicts[3].checks.first?.message == "never: exhausted after 7 attempts (7 × HTTP 500), as expected")
        #expect(verdicts[5].checks.first?.message == "ghost: no such event in the run")
    }

    @Test func withoutExpectationsEveryEventMustBeDelivered() async throws {
        let (run, events) = try await result([
            ("quick", .delivered(attempt: 1, offset: .zero)),
            ("late", .delivered(attempt: 5, offset: .seconds(24 * 3_600))),
        ])
        #expect(run.verdicts([], events: events).map(\.passed) == [true, true])
        let (failing, failingEvents) = try await result([
            ("quick", .delivered(attempt: 1, offset: .zero)),
            ("late", .delivered(attempt: 5, offset: .seconds(24 * 3_600))),
            ("never", .exhausted(attempts: 7)),
        ])
        let failures = failing.verdicts([], events: failingEvents).flatMap { $0.failures() }
        #expect(failures.map(\.instanceID) == ["never"])
        #expect(failures.first?.message == "never: expected delivery; exhausted after 7 attempts (7 × HTTP 500)")
    }

    @Test func contradictoryExpectationsAreRejected() {
        #expect(throws: InputError.self) { try Expectation(eventID: "x", delivered: false, attempt: 2) }
        #expect(throws: InputError.self) { try Expectation(eventID: "x", attempt: 2, within: 3) }
        #expect(throws: InputError.self) { try Expectation(eventID: "x", attempt: 0) }
    }
}
