import Foundation
import Hummingbird
import Synchronization
import Testing
import YunoCurl
import YunoMerchant
import YunoSimCore

/// `check` over real HTTP on 127.0.0.1: the reference merchant passes every probe, and each
/// deliberately broken receiver fails the probe it breaks.
@Suite struct ConformanceEndToEndTests {
    private let credentials = EndpointCredentials(apiKey: "cc-api-key", secret: "cc-secret", hmacSecret: "cc-hmac")

    private func check(
        _ url: String, events: String? = nil, timeouts: Endpoint.Timeouts = Endpoint.Timeouts(), oauth2: OAuth2Configuration? = nil
    ) async throws -> Checklist {
        let endpoint = Endpoint(url: try WebhookURL(url), credentials: credentials, timeouts: timeouts, oauth2: oauth2)
        return try await withCurlTransport(.init(concurrency: 8)) { transport in
            let configuration = ConformanceConfiguration(events: try events.map(EventGlob.init))
            return try await ConformanceCheck(configuration: configuration, deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport)).run()
        }
    }

    /// Runs a receiver answering with `answer(body)` at `/hook` for the duration of `body`.
    private func withReceiver<Result: Sendable>(
        _ answer: @escaping @Sendable (JSONValue?) async throws -> HTTPResponse.Status,
        _ body: @Sendable (String) async throws -> Result
    ) async throws -> Result {
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 1 << 24)
            return Response(status: try await answer(try? JSONParser.parse(Array(buffer.readableBytesView))))
        }
        let server = HTTPServer(router: router)
        return try await server.withRunning { port in try await body(server.baseURL(port: port) + "/hook") }
    }

    @Test func theReferenceMerchantPassesEveryProbe() async throws {
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0, credentials: credentials))
        let checklist = try await merchant.withRunning { url in try await check(url) }
        let bearer = ["forgery.missing_bearer", "forgery.wrong_bearer"]
        #expect(checklist.results.filter { !bearer.contains($0.id) }.allSatisfy { $0.verdict == .pass }, "\(checklist.text())")
        #expect(checklist.results.filter { bearer.contains($0.id) }.allSatisfy { $0.verdict == .skip })
        #expect(checklist.deliveries.count == EventCatalogue.yuno.entries.count)
        #expect(checklist.results.count == 2 + ConformanceProbe.standard.count)
    }

    /// `check` against the reference merchant issuing tokens to `cc-client` / `cc-client-secret`,
    /// asking for a token with `clientSecret`.
    private func checkOAuth2Merchant(clientSecret: String, events: String) async throws -> Checklist {
        try await checkOAuth2MerchantCountingTokens(clientSecret: clientSecret, events: events).checklist
    }

    private func checkOAuth2MerchantCountingTokens(clientSecret: String, events: String) async throws -> (checklist: Checklist, tokens: Int) {
        let configuration = MerchantConfiguration(
            port: 0, credentials: credentials, oauth2: MerchantOAuth2(clientID: "cc-client", clientSecret: "cc-client-secret")
        )
        let merchant = ReferenceMerchant(configuration: configuration)
        let checklist = try await merchant.withRunning { url in
            let oauth2 = OAuth2Configuration(
                authenticationURL: try WebhookURL(merchant.tokenURL(deliveryURL: url)),
                clientID: "cc-client", clientSecret: clientSecret
            )
            return try await check(url, events: events, oauth2: oauth2)
        }
        return (checklist, merchant.tokenIssuer?.requestCount ?? 0)
    }

    @Test func theReferenceMerchantWithOAuth2PassesEveryProbeIncludingBearerForgeries() async throws {
        let (checklist, tokens) = try await checkOAuth2MerchantCountingTokens(clientSecret: "cc-client-secret", events: "payment.*")
        #expect(checklist.results.allSatisfy { $0.verdict == .pass }, "\(checklist.text())")
        // As Yuno does, one token for the whole check: the forgeries' 401s do not drop it.
        #expect(tokens == 1)
        #expect(checklist.result("forgery.wrong_bearer")?.verdict == .pass)
        #expect(checklist.result("forgery.missing_bearer")?.verdict == .pass)
    }

    @Test func clientCredentialsTheTokenEndpointRefusesAreNamedAsTheCause() async throws {
        let checklist = try await checkOAuth2Merchant(clientSecret: "not-the-secret", events: "payment.purchase")
        let delivery = try #require(checklist.result("delivery"))
        #expect(delivery.verdict == .fail)
        #expect(delivery.outcome.sentence.contains("oauth2_token: token endpoint answered HTTP 401"))
        #expect(delivery.outcome.sentence.contains("check that the token endpoint accepts the client id and secret given here"))
        // Without a token the forgeries cannot be probed; they say so rather than fail.
        let forgeries = checklist.results.filter { $0.id.hasPrefix("forgery.") }
        #expect(forgeries.allSatisfy { $0.verdict == .skip && $0.outcome.reason.hasPrefix("not probed: no OAuth2 token could be had") },
                "\(checklist.text())")
        #expect(!checklist.text().contains("not-the-secret"))
    }

    @Test func twoHundredFourFailsEveryDelivery() async throws {
        let checklist = try await withReceiver({ _ in .noContent }) { url in try await check(url, events: "payment.*") }
        let delivery = try #require(checklist.result("delivery"))
        #expect(delivery.verdict == .fail)
        #expect(delivery.outcome.sentence.contains("Yuno treats only 200 as received and will retry each 6 more times over 4 days"))
        #expect(!checklist.passed)
        // A 204 to a forged webhook means it was taken, not refused.
        let forgeries = checklist.results.filter { $0.id.hasPrefix("forgery.") && $0.verdict != .skip }
        #expect(forgeries.count == Forgery.all.count - 2)
        #expect(forgeries.allSatisfy { $0.verdict == .fail && $0.outcome.sentence.contains("got HTTP 204, a success; your endpoint accepts forged webhooks") })
    }

    /// Credentials that do not match the endpoint's: every genuine delivery is refused, so the
    /// forgeries' refusals prove nothing.
    @Test func forgeriesRefusedLikeGenuineDeliveriesAreInconclusive() async throws {
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(
            port: 0, credentials: EndpointCredentials(apiKey: "another-key", secret: "cc-secret", hmacSecret: "cc-hmac")
        ))
        let checklist = try await merchant.withRunning { url in try await check(url, events: "payment.purchase") }
        let delivery = try #require(checklist.result("delivery"))
        #expect(delivery.verdict == .fail)
        #expect(delivery.outcome.sentence.contains("answered HTTP 401; Yuno will retry this event 6 more times over 4 days; "
            + "if the endpoint is right to refuse, the credentials given here (--api-key, --secret, --hmac-secret, --oauth2-*) are not the ones it expects"),
            "\(delivery.outcome.sentence)")
        let forgeries = checklist.results.filter { $0.id.hasPrefix("forgery.") && $0.verdict != .skip }
        #expect(forgeries.count == Forgery.all.count - 2)
        #expect(forgeries.allSatisfy {
            $0.verdict == .warn && $0.outcome.sentence.contains("but so was the genuine delivery (it answered HTTP 401)")
        }, "\(checklist.text())")
    }

    @Test func noAnswerToAForgeryProvesNothing() async throws {
        let refusing = try RefusingPort()
        let checklist = try await check("http://127.0.0.1:\(refusing.port)/hook", events: "payment.purchase")
        let forgeries = checklist.results.filter { $0.id.hasPrefix("forgery.") && $0.verdict != .skip }
        #expect(forgeries.count == Forgery.all.count - 2)
        #expect(forgeries.allSatisfy { $0.verdict == .warn && $0.outcome.sentence.contains("proves nothing: it could not be delivered") },
                "\(checklist.text())")
    }

    @Test func aReceiverIgnoringSignaturesFailsEveryForgery() async throws {
        let checklist = try await withReceiver({ _ in .ok }) { url in try await check(url, events: "payment.*") }
        let forgeries = checklist.results.filter { $0.id.hasPrefix("forgery.") && $0.verdict != .skip }
        #expect(forgeries.count == Forgery.all.count - 2)
        #expect(forgeries.allSatisfy { $0.verdict == .fail && $0.outcome.sentence.contains("your endpoint accepts forged webhooks") })
        #expect(checklist.result("delivery")?.verdict == .pass)
    }

    @Test func aReceiverRejectingDuplicatesFailsTheDuplicateProbe() async throws {
        let seen = Mutex<Set<String>>([])
        let checklist = try await withReceiver({ body in
            let key = "\(body?["type_event"] ?? .null)|\(body?["data"]?["payment"]?["idempotency_key"] ?? .null)"
            return seen.withLock { $0.insert(key).inserted } ? .ok : .conflict
        }) { url in try await check(url, events: "payment.*") }
        let duplicate = try #require(checklist.result("duplicate"))
        #expect(duplicate.verdict == .fail)
        #expect(duplicate.outcome.sentence.contains("answered HTTP 409"))
        #expect(duplicate.outcome.sentence.contains("Yuno keeps retrying a duplicate"))
        #expect(checklist.result("delivery")?.verdict == .pass)
    }

    @Test func aSlowReceiverFailsOnTheWindow() async throws {
        let timeouts = Endpoint.Timeouts(first: .milliseconds(300), retry: .milliseconds(300), connect: .seconds(2))
        let checklist = try await withReceiver({ _ in
            try await Task.sleep(for: .seconds(2))
            return .ok
        }) { url in try await check(url, events: "payment.purchase", timeouts: timeouts) }
        let delivery = try #require(checklist.result("delivery"))
        #expect(delivery.verdict == .fail)
        #expect(delivery.outcome.reason == "1 of 1 event got no answer within the 300ms window Yuno gives a first try")
        let latency = try #require(checklist.result("latency"))
        #expect(latency.verdict == .fail)
        #expect(latency.outcome.reason == "payment.purchase got no answer within the 300ms window Yuno gives a first try")
        let header = try #require(checklist.text().split(separator: "\n").first)
        #expect(header.hasSuffix(": 1 event, \(checklist.results.count) checks"))
    }

    @Test func aReceiverCrashingOnEmptyTransactionsFailsTheFraudProbe() async throws {
        let checklist = try await withReceiver({ body in
            if case .array? = body?["data"]?["payment"]?["transactions"] { return .internalServerError }
            return .ok
        }) { url in try await check(url, events: "payment.*") }
        let fraud = try #require(checklist.result("fraud_screening"))
        #expect(fraud.verdict == .fail)
        #expect(fraud.outcome.sentence.contains("answered HTTP 500"))
        #expect(checklist.result("delivery")?.outcome.details == [
            "payment.fraud_screening: answered HTTP 500; Yuno will retry this event 6 more times over 4 days.",
        ])
    }
}

extension Checklist {
    func result(_ id: String) -> ProbeResult? { results.first { $0.id == id } }
}
