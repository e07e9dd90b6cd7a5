import Foundation
import Synchronization
import Testing
import YunoCurl
import YunoMerchant
import YunoSimCore

/// Real HTTP on 127.0.0.1: the libcurl transport delivering to the reference merchant.
@Suite struct DeliveryRunnerEndToEndTests {
    private let credentials = EndpointCredentials(apiKey: "e2e-api-key", secret: "e2e-secret", hmacSecret: "e2e-hmac")

    /// Runs `events` against a reference merchant configured by `merchant`, in instant mode.
    private func run(
        _ events: [ScheduledEvent],
        merchant: MerchantConfiguration,
        timeouts: Endpoint.Timeouts = Endpoint.Timeouts(),
        concurrency: Int = 32
    ) async throws -> (result: RunResult, seen: [ReceivedDelivery]) {
        let seen = Mutex<[ReceivedDelivery]>([])
        let reference = ReferenceMerchant(configuration: merchant) { delivery in
            seen.withLock { $0.append(delivery) }
        }
        let credentials = self.credentials
        let result = try await reference.withRunning { url in
            try await withCurlTransport(.init(concurrency: concurrency)) { transport in
                let endpoint = Endpoint(url: try WebhookURL(url), credentials: credentials, timeouts: timeouts)
                let runner = DeliveryRunner(
                    configuration: try RunConfiguration(clock: .instant, concurrency: concurrency),
                    deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport),
                    render: try DeliveryRunner.catalogueBodies(for: events, seed: 7)
                )
                return try await runner.run(events)
            }
        }
        return (result, seen.withLock { $0 })
    }

    private func merchant(failBelowRetry: Int = 0, status: Int = 200, delay: Duration = .zero) -> MerchantConfiguration {
        MerchantConfiguration(port: 0, credentials: credentials, failBelowRetry: failBelowRetry, status: status, delay: delay)
    }

    @Test func recoversOnTheFourthAttemptAtSixHours() async throws {
        let events = [try ScheduledEvent(id: "purchase-1", event: EventName("payment.purchase"))]
        let (result, seen) = try await run(events, merchant: merchant(failBelowRetry: 3))
        #expect(result.outcomes.first?.state == .delivered(attempt: 4, offset: .seconds(6 * 3_600)))
        #expect(seen.map(\.retry) == [0, 1, 2, 3])
        #expect(seen.allSatisfy { $0.signature == .passed && $0.apiKey == .passed && $0.secret == .passed })
        #expect(seen.map(\.answeredStatus) == [500, 500, 500, 200])
        #expect(result.verdicts([try Expectation(eventID: "purchase-1", attempt: 4)], events: events).map(\.passed) == [true])
    }

    @Test func alwaysFailingIsExhaustedAfterSevenAttemptsAtYunosOffsets() async throws {
        let events = [try ScheduledEvent(id: "doomed", event: EventName("payment.purchase"))]
        let (result, seen) = try await run(events, merchant: merchant(status: 500))
        let outcome = try #require(result.outcomes.first)
        #expect(outcome.state == .exhausted(attempts: 7))
        #expect(outcome.timeline.map(\.virtualOffset) == RetrySchedule.yuno.offsets)
        #expect(outcome.timeline.allSatisfy { $0.status == 500 })
        #expect(seen.map(\.retry) == Array(0...6))
    }

    @Test func aMerchantThatNeverAnswersTimesOutEachAttempt() async throws {
        let events = [try ScheduledEvent(id: "silent", event: EventName("payment.purchase"))]
        let timeouts = Endpoint.Timeouts(first: .milliseconds(300), retry: .milliseconds(300), connect: .seconds(2))
        let (result, _) = try await run(events, merchant: merchant(delay: .seconds(3)), timeouts: timeouts)
        let outcome = try #require(result.outcomes.first)
        #expect(outcome.state == .exhausted(attempts: 7))
        #expect(outcome.timeline.allSatisfy { $0.errorKind == .timeout && $0.status == nil })
    }

    @Test func aFullDrillOfAHundredEventsFinishesWellUnderAMinute() async throws {
        let events = [try ScheduledEvent(id: "drill", event: EventName("payment.purchase"), repeatCount: 100, repeatEvery: .seconds(1))]
        let (result, seen) = try await run(events, merchant: merchant(status: 500))
        #expect(result.attemptCount == 700)
        #expect(seen.count == 700)
        #expect(result.outcomes.allSatisfy { $0.state == .exhausted(attempts: 7) })
        #expect(result.virtualElapsed == .seconds(99 + 96 * 3_600))
        #expect(result.realElapsed < .seconds(60))
    }
}
