import Foundation
import Hummingbird
import Synchronization
import Testing
import YunoCurl
import YunoMerchant
import YunoSimCore

/// OAuth2 tokens over real HTTP on 127.0.0.1: libcurl to the reference merchant's token endpoint.
@Suite struct OAuth2EndToEndTests {
    private static let client = (id: "e2e-client", secret: "e2e-client-secret")

    private static func oauth2(tokenURL: String, edit: (inout OAuth2Configuration) -> Void = { _ in }) throws -> OAuth2Configuration {
        var configuration = OAuth2Configuration(authenticationURL: try WebhookURL(tokenURL), clientID: client.id, clientSecret: client.secret)
        edit(&configuration)
        return configuration
    }

    /// Runs `events` in instant mode against a reference merchant that issues tokens.
    private func run(
        _ events: [ScheduledEvent],
        merchantOAuth2: MerchantOAuth2 = MerchantOAuth2(clientID: client.id, clientSecret: client.secret),
        edit: @escaping @Sendable (inout OAuth2Configuration) -> Void = { _ in }
    ) async throws -> (result: RunResult, seen: [ReceivedDelivery], tokenRequests: Int) {
        let seen = Mutex<[ReceivedDelivery]>([])
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0, oauth2: merchantOAuth2)) { delivery in
            seen.withLock { $0.append(delivery) }
        }
        let result = try await merchant.withRunning { url in
            try await withCurlTransport(.init(concurrency: 32)) { transport in
                let endpoint = Endpoint(url: try WebhookURL(url), oauth2: try Self.oauth2(tokenURL: merchant.tokenURL(deliveryURL: url), edit: edit))
                let runner = DeliveryRunner(
                    configuration: try RunConfiguration(clock: .instant, concurrency: 32),
                    deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport),
                    render: try DeliveryRunner.catalogueBodies(for: events, seed: 3)
                )
                return try await runner.run(events)
            }
        }
        return (result, seen.withLock { $0 }, merchant.tokenIssuer?.requestCount ?? -1)
    }

    @Test func oneTokenIsFetchedForFiftyConcurrentDeliveries() async throws {
        let events = [try ScheduledEvent(id: "burst", event: EventName("payment.purchase"), repeatCount: 50)]
        let (result, seen, tokenRequests) = try await run(events)
        #expect(result.outcomes.allSatisfy { $0.state == .delivered(attempt: 1, offset: .zero) })
        #expect(seen.count == 50)
        #expect(seen.allSatisfy { $0.token == .passed })
        #expect(tokenRequests == 1)
    }

    @Test(arguments: OAuth2Configuration.ClientAuthentication.allCases, OAuth2Configuration.RequestFormat.allCases)
    func theMerchantAcceptsEveryClientAuthAndFormat(
        clientAuth: OAuth2Configuration.ClientAuthentication, format: OAuth2Configuration.RequestFormat
    ) async throws {
        let events = [try ScheduledEvent(id: "one", event: EventName("payment.purchase"))]
        let (result, seen, tokenRequests) = try await run(events) { $0.clientAuthentication = clientAuth; $0.requestFormat = format }
        #expect(result.outcomes.first?.state == .delivered(attempt: 1, offset: .zero))
        #expect(seen.map(\.token) == [.passed])
        #expect(tokenRequests == 1)
    }

    @Test func aWrongSecretFailsEveryAttemptWithoutReachingTheMerchant() async throws {
        let events = [try ScheduledEvent(id: "one", event: EventName("payment.purchase"))]
        let (result, seen, tokenRequests) = try await run(events) { $0.clientSecret = "wrong" }
        let outcome = try #require(result.outcomes.first)
        #expect(outcome.state == .exhausted(attempts: 7))
        #expect(outcome.timeline.allSatisfy { $0.errorKind == .oauth2Token && $0.status == nil })
        #expect(seen.isEmpty)
        #expect(tokenRequests == 7)
    }

    @Test func aCustomAuthorizationNameCarriesTheToken() async throws {
        let events = [try ScheduledEvent(id: "one", event: EventName("payment.purchase"))]
        let merchant = MerchantOAuth2(clientID: Self.client.id, clientSecret: Self.client.secret, authorizationName: "X-Merchant-Token")
        let (result, seen, _) = try await run(events, merchantOAuth2: merchant) { $0.authorizationName = "X-Merchant-Token" }
        #expect(result.outcomes.first?.state == .delivered(attempt: 1, offset: .zero))
        let delivery = try #require(seen.first)
        #expect(delivery.header("x-merchant-token")?.hasPrefix("Bearer ") == true)
        #expect(delivery.header("authorization") == nil)
    }

    @Test func aTokenEndpointDownForTwoAttemptsDeliversOnTheThird() async throws {
        let tokenRequests = Atomic<Int>(0)
        let deliveries = Atomic<Int>(0)
        let router = Router()
        router.post("/oauth/token") { _, _ -> Response in
            guard tokenRequests.add(1, ordering: .relaxed).newValue > 2 else { return Response(status: .serviceUnavailable) }
            let body = #"{"access_token":"fresh-token","token_type":"Bearer","expires_in":3600}"#
            return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.post("/hook") { request, _ -> Response in
            deliveries.add(1, ordering: .relaxed)
            return Response(status: request.headers[.authorization] == "Bearer fresh-token" ? .ok : .unauthorized)
        }
        let server = HTTPServer(router: router)
        let events = [try ScheduledEvent(id: "one", event: EventName("payment.purchase"))]
        let journalPath = FileManager.default.temporaryDirectory.appendingPathComponent("oauth2-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: journalPath) }
        let result = try await server.withRunning { port in
            try await withCurlTransport(.init(concurrency: 4)) { transport in
                let endpoint = Endpoint(
                    url: try WebhookURL(server.baseURL(port: port) + "/hook"),
                    oauth2: try Self.oauth2(tokenURL: server.baseURL(port: port) + "/oauth/token")
                )
                let runner = DeliveryRunner(
                    configuration: try RunConfiguration(clock: .instant),
                    deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport),
                    render: try DeliveryRunner.catalogueBodies(for: events, seed: 3)
                )
                return try await runner.run(events, journal: try Journal(path: journalPath))
            }
        }
        #expect(result.outcomes.first?.state == .delivered(attempt: 3, offset: .seconds(50 * 60)))
        #expect(deliveries.load(ordering: .relaxed) == 1)
        let lines = try String(contentsOfFile: journalPath, encoding: .utf8).split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["error"] as? String } == ["oauth2_token", "oauth2_token", nil])
        #expect(objects.prefix(2).allSatisfy { $0["error_detail"] as? String == "token endpoint answered HTTP 503" })
        #expect(!lines.joined().contains("fresh-token") && !lines.joined().contains(Self.client.secret))
    }

    @Test func theShippedScenarioRefreshesTokensOnTheVirtualClock() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let scenario = try ScenarioParser(environment: [:])
            .parse(contentsOf: root.appendingPathComponent("scenarios/oauth2.yaml").path)
        let merchant = ReferenceMerchant(configuration: try #require(MerchantConfiguration(scenario: scenario)))
        let events = try scenario.events.map { try ScheduledEvent(id: $0.id, event: $0.event, at: $0.at) }
        let result = try await merchant.withRunning { url in
            try await withCurlTransport(.init(concurrency: 4)) { transport in
                let endpoint = try #require(scenario.endpoint.endpoint(
                    url: try WebhookURL(url), tokenURL: try WebhookURL(merchant.tokenURL(deliveryURL: url))
                ))
                let runner = DeliveryRunner(
                    configuration: try RunConfiguration(clock: .instant),
                    deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport),
                    render: try DeliveryRunner.catalogueBodies(for: events, seed: 3)
                )
                return try await runner.run(events)
            }
        }
        #expect(result.outcomes.first?.state == .delivered(attempt: 6, offset: .seconds(48 * 3_600)))
        // Tokens live 12 h of virtual time: fetched at 0, 24 h and 48 h.
        #expect(merchant.tokenIssuer?.requestCount == 3)
    }
}
