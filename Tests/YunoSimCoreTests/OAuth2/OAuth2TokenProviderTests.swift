import Foundation
import Synchronization
import Testing
import YunoSimCore
import YunoSimTesting

/// The token cache and the deliverer's use of it, over an in-memory token endpoint.
@Suite struct OAuth2TokenProviderTests {
    static func configuration(
        authorizationName: String = "Authorization",
        tokenClock: OAuth2Configuration.TokenClock = .real
    ) throws -> OAuth2Configuration {
        OAuth2Configuration(
            authenticationURL: try WebhookURL(TokenEndpointTransport.tokenURL),
            clientID: "client-7", clientSecret: "very-secret value",
            authorizationName: authorizationName, tokenClock: tokenClock
        )
    }

    static func deliverer(_ transport: TokenEndpointTransport, oauth2: OAuth2Configuration) throws -> WebhookDeliverer {
        WebhookDeliverer(endpoint: Endpoint(url: try WebhookURL(TokenEndpointTransport.deliveryURL), oauth2: oauth2), transport: transport)
    }

    private static let body = Array(#"{"retry":0}"#.utf8)

    @Test func oneTokenServesManyDeliveriesUntilItNearsExpiry() async throws {
        let transport = TokenEndpointTransport()
        let now = ManualNow()
        let provider = OAuth2TokenProvider(configuration: try Self.configuration(), transport: transport, realNow: now.read)
        let deliverer = WebhookDeliverer(
            endpoint: Endpoint(url: try WebhookURL(TokenEndpointTransport.deliveryURL)), transport: transport, tokenProvider: provider
        )
        for _ in 0..<5 { _ = await deliverer.deliver(body: Self.body, retry: 0) }
        now.set(.seconds(3_600 - 61))
        _ = await deliverer.deliver(body: Self.body, retry: 0)
        now.set(.seconds(3_600 - 60))
        _ = await deliverer.deliver(body: Self.body, retry: 0)
        #expect(transport.deliveries.map(\.bearer) == Array(repeating: "token-1", count: 6) + ["token-2"])
        #expect(provider.requestCount == 2)
    }

    @Test func concurrentDeliveriesShareOneTokenRequest() async throws {
        let transport = TokenEndpointTransport(gateOpen: false)
        let deliverer = try Self.deliverer(transport, oauth2: try Self.configuration())
        let provider = try #require(deliverer.tokenProvider)
        async let results = withTaskGroup(of: Bool.self) { group in
            for _ in 0..<20 { group.addTask { await deliverer.deliver(body: Self.body, retry: 0).isAcknowledged } }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        // Bounded: if callers never join the request in flight, the expectations below fail.
        for _ in 0..<1_000_000 where provider.sharedRequestCount < 19 { await Task.yield() }
        transport.openGate()
        #expect(await results == Array(repeating: true, count: 20))
        #expect(transport.tokenRequests.count == 1)
        #expect(provider.sharedRequestCount == 19)
    }

    @Test func a401DropsTheTokenItWasSentWith() async throws {
        let transport = TokenEndpointTransport(deliveryAnswer: { bearer, _ in bearer == "token-1" ? 401 : 200 })
        let deliverer = try Self.deliverer(transport, oauth2: try Self.configuration())
        let first = await deliverer.deliver(body: Self.body, retry: 0)
        let second = await deliverer.deliver(body: Self.body, retry: 1)
        #expect(first.error?.shortName == "http_status")
        #expect(second.isAcknowledged)
        #expect(transport.deliveries.map(\.bearer) == ["token-1", "token-2"])
    }

    @Test func otherFailuresKeepTheToken() async throws {
        let transport = TokenEndpointTransport(deliveryAnswer: { _, retry in retry == 0 ? 500 : 200 })
        let deliverer = try Self.deliverer(transport, oauth2: try Self.configuration())
        _ = await deliverer.deliver(body: Self.body, retry: 0)
        _ = await deliverer.deliver(body: Self.body, retry: 1)
        #expect(transport.deliveries.map(\.bearer) == ["token-1", "token-1"])
    }

    @Test func aCustomAuthorizationNameCarriesTheToken() async throws {
        let transport = TokenEndpointTransport(authorizationName: "X-Merchant-Token")
        let deliverer = try Self.deliverer(transport, oauth2: try Self.configuration(authorizationName: "X-Merchant-Token"))
        let result = await deliverer.deliver(body: Self.body, retry: 0)
        #expect(result.isAcknowledged)
        let headers = try #require(transport.deliveries.first).request.headers
        #expect(headers.first { $0.name == "X-Merchant-Token" }?.value == "Bearer token-1")
        #expect(headers.first { $0.name == "X-Merchant-Token" }?.isSecret == true)
        #expect(!headers.contains { $0.name == "Authorization" })
    }

    @Test(arguments: [
        (TransportResponse(status: nil, latency: .zero, error: .connect("connection refused")), "unreachable (connect: connection refused)"),
        (TransportResponse(status: 503, latency: .zero), "answered HTTP 503"),
        (TransportResponse(status: 200, latency: .zero, bodyPrefix: Array("<html>".utf8)), "not a JSON object"),
        (TransportResponse(status: 200, latency: .zero, bodyPrefix: Array(#"{"token":"x"}"#.utf8)), "has no access_token"),
        // Sent as is, it would add header lines of the token endpoint's choosing to the delivery.
        (TransportResponse(status: 200, latency: .zero, bodyPrefix: Array(#"{"access_token":"abc\r\nx-api-key: forged"}"#.utf8)),
         "access_token contains a line break"),
        (TransportResponse(status: 200, latency: .zero, bodyPrefix: Array(#"{"access_token":"abc\u0000"}"#.utf8)),
         "access_token contains a control character"),
        (TransportResponse(status: 200, latency: .zero, bodyPrefix: Array(#"{"access_token":"abc\u0085"}"#.utf8)),
         "access_token contains a control character"),
    ])
    func noTokenMeansNothingIsSent(answer: TransportResponse, reason: String) async throws {
        let transport = TokenEndpointTransport(tokenAnswer: { _ in answer })
        let deliverer = try Self.deliverer(transport, oauth2: try Self.configuration())
        let result = await deliverer.deliver(body: Self.body, retry: 0)
        #expect(result.error?.shortName == "oauth2_token")
        #expect(result.error?.detail.contains(reason) == true)
        #expect(result.response.status == nil)
        #expect(transport.deliveries.isEmpty)
    }

    @Test func theVirtualTokenClockExpiresTokensBetweenRetries() async throws {
        // Tokens live 12 h; the merchant fails retry 0-4, so attempts run at 0, 5 m, 50 m, 6 h,
        // 24 h and 48 h of virtual time: new tokens at 0, 24 h and 48 h.
        let transport = TokenEndpointTransport(
            tokenAnswer: { TokenEndpointTransport.token("token-\($0)", expiresIn: 12 * 3_600) },
            deliveryAnswer: { bearer, retry in bearer == nil ? 401 : retry < 5 ? 500 : 200 }
        )
        let result = try await Self.drill(transport, tokenClock: .virtual)
        #expect(result.outcomes.first?.state == .delivered(attempt: 6, offset: .seconds(48 * 3_600)))
        #expect(transport.deliveries.map(\.bearer) == ["token-1", "token-1", "token-1", "token-1", "token-2", "token-3"])
    }

    @Test func theRealTokenClockKeepsOneTokenAcrossAnInstantDrill() async throws {
        let transport = TokenEndpointTransport(
            tokenAnswer: { TokenEndpointTransport.token("token-\($0)", expiresIn: 12 * 3_600) },
            deliveryAnswer: { _, retry in retry < 5 ? 500 : 200 }
        )
        _ = try await Self.drill(transport, tokenClock: .real)
        #expect(transport.deliveries.map(\.bearer) == Array(repeating: "token-1", count: 6))
    }

    @Test func tokenFailuresAreRetriedOnTheNormalScheduleAndJournalled() async throws {
        let transport = TokenEndpointTransport(tokenAnswer: { number in
            number <= 2 ? TransportResponse(status: 503, latency: .zero) : TokenEndpointTransport.token("token-\(number)", expiresIn: 3_600)
        })
        let log = AttemptLog()
        let result = try await Self.drill(transport, tokenClock: .real, onAttempt: log.record)
        let records = log.records
        #expect(result.outcomes.first?.state == .delivered(attempt: 3, offset: .seconds(50 * 60)))
        #expect(records.map { $0.error?.shortName } == ["oauth2_token", "oauth2_token", nil])
        #expect(records.map(\.status) == [nil, nil, 200])
        let line = String(decoding: Journal.line(for: records[0]), as: UTF8.self)
        #expect(line.contains(#""error":"oauth2_token","error_detail":"token endpoint answered HTTP 503""#))
        #expect(transport.deliveries.map(\.retry) == [2])
    }

    /// The run's one send path: the token request and every delivery are jobs made on the
    /// transport's thread (where bodies are rendered), and the eight first tries that need a
    /// token at once wait for one token request, whose token every later attempt reuses.
    @Test(.timeLimit(.minutes(1))) func aRunFetchesItsTokenAsAJobOfTheTransportAndReusesIt() async throws {
        let transport = TokenEndpointTransport(gateOpen: false, deliveryAnswer: { bearer, retry in
            bearer == nil ? 401 : retry < 2 ? 500 : 200
        })
        let deliverer = try Self.deliverer(transport, oauth2: try Self.configuration())
        let provider = try #require(deliverer.tokenProvider)
        let events = [try ScheduledEvent(id: "burst", event: EventName("payment.purchase"), repeatCount: 8)]
        let bodies = try DeliveryRunner.catalogueBodies(for: events, seed: 1)
        let renderThreads = Mutex<Set<Int?>>([])
        let runner = DeliveryRunner(configuration: try RunConfiguration(clock: .instant, concurrency: 8), deliverer: deliverer) { context in
            renderThreads.withLock { _ = $0.insert(InMemoryTransport.currentThread) }
            return bodies(context)
        }
        let run = Task { try await runner.run(events) }
        // Bounded: if the first tries do not all wait for the one token request, the expectations fail.
        for _ in 0..<1_000_000 where provider.sharedRequestCount < 7 { await Task.yield() }
        transport.openGate()
        let result = try await run.value
        #expect(result.outcomes.allSatisfy { $0.state == .delivered(attempt: 3, offset: .seconds(50 * 60)) })
        #expect(transport.tokenRequests.count == 1)
        #expect(provider.requestCount == 1)
        #expect(provider.sharedRequestCount == 7)
        #expect(transport.deliveries.count == 24)
        #expect(transport.deliveries.allSatisfy { $0.bearer == "token-1" && $0.thread == 0 })
        #expect(renderThreads.withLock { $0 } == [0])
    }

    private static func drill(
        _ transport: TokenEndpointTransport,
        tokenClock: OAuth2Configuration.TokenClock,
        onAttempt: (@Sendable (AttemptRecord) -> Void)? = nil
    ) async throws -> RunResult {
        let events = [try ScheduledEvent(id: "purchase", event: EventName("payment.purchase"))]
        let runner = DeliveryRunner(
            configuration: try RunConfiguration(clock: .instant),
            deliverer: try deliverer(transport, oauth2: try configuration(tokenClock: tokenClock)),
            render: try DeliveryRunner.catalogueBodies(for: events, seed: 1)
        )
        return try await runner.run(events, onAttempt: onAttempt)
    }
}

/// A settable "now" for the real token clock.
private final class ManualNow: Sendable {
    private let value = Mutex<Duration>(.zero)
    func set(_ now: Duration) { value.withLock { $0 = now } }
    var read: @Sendable () -> Duration { { self.value.withLock { $0 } } }
}
