import Foundation
import Synchronization
import Testing
import YunoSimCore

/// The checklist's evaluation over a scripted transport: verdicts, reasons, skips.
@Suite struct ConformanceCheckTests {
    private let credentials = EndpointCredentials(apiKey: "ak", secret: "sec", hmacSecret: "hm")

    /// Answers 200 only to requests that carry every credential and a valid signature.
    private func strict(latency: Duration = .milliseconds(5)) -> ScriptedTransport {
        let signer = WebhookSigner(hmacSecret: "hm")
        return ScriptedTransport { request, _ in
            let valid = request.header("x-api-key") == "ak" && request.header("x-secret") == "sec"
                && request.header("x-hmac-signature").map { signer.isValid(signature: $0, for: request.body) } == true
            return (valid ? 200 : 401, latency)
        }
    }

    @Test func aStrictEndpointPassesEveryProbe() async throws {
        let transport = strict()
        let checklist = try await transport.check(credentials).run()
        #expect(checklist.passed)
        // Without OAuth2 configured, only the bearer-token forgeries are skipped.
        let notPassed = checklist.results.filter { $0.verdict != .pass }.map(\.id)
        #expect(notPassed == ["forgery.missing_bearer", "forgery.wrong_bearer"], "\(checklist.text())")
        #expect(checklist.deliveries.count == EventCatalogue.yuno.entries.count)
        #expect(checklist.results.map(\.id).prefix(2) == ["delivery", "latency"])
    }

    @Test func forgeriesAreSkippedWithoutTheirCredential() async throws {
        let checklist = try await ScriptedTransport().check(EndpointCredentials(secret: "sec")).run()
        let skipped = checklist.results.filter { $0.verdict == .skip }.map(\.id)
        #expect(skipped == [
            "forgery.wrong_hmac_key", "forgery.body_changed", "forgery.missing_signature", "forgery.missing_api_key",
            "forgery.missing_bearer", "forgery.wrong_bearer",
        ])
        #expect(checklist.result("forgery.wrong_secret")?.verdict == .fail)
        #expect(checklist.result("forgery.wrong_secret")?.outcome.sentence.contains("your endpoint accepts forged webhooks") == true)
    }

    @Test func twoHundredFourFailsWithYunosReason() async throws {
        let checklist = try await ScriptedTransport { _, _ in (204, .milliseconds(5)) }.check(events: "payment.*").run()
        let delivery = try #require(checklist.result("delivery"))
        #expect(delivery.verdict == .fail)
        #expect(delivery.outcome.sentence.contains("9 of 9 events answered HTTP 204"))
        #expect(delivery.outcome.sentence.contains("Yuno treats only 200 as received and will retry each 6 more times over 4 days"))
        #expect(!checklist.passed)
    }

    /// curl saw `200 OK`, then the body did not come within the window: a timeout, not a 200.
    @Test func aStatusLineWhoseAnswerNeverEndsIsATimeout() async throws {
        let transport = ScriptedTransport(error: .timeout("Operation timed out")) { _, _ in (200, .seconds(23)) }
        let delivery = try #require(try await transport.check(events: "payment.purchase").run().result("delivery"))
        #expect(delivery.verdict == .fail)
        #expect(delivery.outcome.sentence.contains(
            "answered HTTP 200 but did not finish the answer within the 23s window Yuno gives a first try"), "\(delivery.outcome.sentence)")
        #expect(delivery.outcome.sentence.contains("Yuno counts that as failed"))
        #expect(!delivery.outcome.sentence.contains("treats only 200 as received"))
    }

    @Test func aRedirectFailsBecauseYunoDoesNotFollowIt() async throws {
        let checklist = try await ScriptedTransport { _, _ in (302, .milliseconds(5)) }.check(events: "payout.*").run()
        #expect(checklist.result("delivery")?.outcome.sentence.contains("Yuno does not follow redirects") == true)
    }

    @Test(arguments: [(1, Verdict.pass), (4, .warn), (8, .fail)])
    func latencyAgainstTheRetryWindow(seconds: Int, expected: Verdict) async throws {
        let transport = ScriptedTransport { _, _ in (200, .seconds(seconds)) }
        let checklist = try await transport.check(events: "report.*", retryWindow: .seconds(7)).run()
        #expect(checklist.result("latency")?.verdict == expected)
        #expect(checklist.result("delivery")?.verdict == .pass)
    }

    @Test func probesOutsideTheSelectionAreSkipped() async throws {
        let checklist = try await ScriptedTransport().check(events: "subscription.*").run()
        #expect(checklist.result("out_of_order")?.verdict == .skip)
        #expect(checklist.result("fraud_screening")?.verdict == .skip)
        #expect(checklist.result("unknown_event")?.outcome.reason.contains("subscription.future_event_for_conformance") == true)
    }

    /// CONTRACT §6: Yuno sends payment.fraud_screening to every webhook with a payment trigger.
    @Test func anyPaymentEventBringsTheFraudScreeningProbe() async throws {
        let transport = ScriptedTransport { _, body in (body?["type_event"] == "payment.fraud_screening" ? 401 : 200, .zero) }
        let checklist = try await transport.check(events: "payment.purchase").run()
        let fraud = try #require(checklist.result("fraud_screening"))
        #expect(fraud.verdict == .fail)
        #expect(fraud.outcome.sentence.contains(#"payment.fraud_screening with "transactions": [] answered HTTP 401"#))
        // A 401 is no parser crash: that explanation is kept for 5xx answers and dropped connections.
        #expect(!fraud.outcome.sentence.contains("crash"), "\(fraud.outcome.sentence)")
        #expect(transport.received.contains { (try? JSONParser.parse($0.body))?["type_event"] == "payment.fraud_screening" })
    }

    @Test func aRefundForAnUnknownPaymentRefusedIsAWarning() async throws {
        let purchased = Mutex<Set<JSONValue>>([])
        let transport = ScriptedTransport { _, body in
            let id = body?["data"]?["payment"]?["id"] ?? .null
            switch body?["type_event"] {
            case "payment.purchase": purchased.withLock { _ = $0.insert(id) }
            case "payment.refund": return (purchased.withLock { $0.contains(id) } ? 200 : 409, .zero)
            default: break
            }
            return (200, .zero)
        }
        let checklist = try await transport.check(events: "payment.*").run()
        let probe = try #require(checklist.result("out_of_order"))
        #expect(probe.verdict == .warn)
        #expect(probe.outcome.reason.contains("payment.refund sent before its payment.purchase answered HTTP 409"))
    }
}
