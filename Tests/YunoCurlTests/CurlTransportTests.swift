import Foundation
import Hummingbird
import Synchronization
import Testing
import YunoCurl
import YunoMerchant
import YunoSimCore

/// The libcurl transport against real HTTP servers on 127.0.0.1.
@Suite struct CurlTransportTests {
    private let credentials = EndpointCredentials(apiKey: "key-123", secret: "x-secret-456", hmacSecret: "hmac-789")

    private func endpoint(_ url: String, acknowledgement: Acknowledgement = .only200, timeout: Duration = .seconds(5)) throws -> Endpoint {
        Endpoint(
            url: try WebhookURL(url),
            credentials: credentials,
            acknowledgement: acknowledgement,
            timeouts: .init(first: timeout, retry: timeout, connect: .seconds(2))
        )
    }

    @Test func signedDeliveryArrivesByteForByteWithExactlyYunosHeaders() async throws {
        let received = Mutex<[ReceivedDelivery]>([])
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0, credentials: credentials)) { delivery in
            received.withLock { $0.append(delivery) }
        }
        // Over 1 KiB so libcurl would add `Expect: 100-continue` if we let it.
        let body = Array((#"{"type":"payment","type_event":"payment.purchase","retry":0,"data":{"pad":""# + String(repeating: "x", count: 4_000) + "\"}}").utf8)
        let result = try await merchant.withRunning { url in
            try await withCurlTransport { transport in
                await WebhookDeliverer(endpoint: try endpoint(url), transport: transport).deliver(body: body, retry: 0)
            }
        }
        #expect(result.isAcknowledged)
        #expect(result.response.status == 200)
        let delivery = try #require(received.withLock { $0.first })
        #expect(delivery.body == body)
        // HTTPTypes carries `Host` as the request's authority, so it is not among the fields.
        #expect(Set(delivery.headers.map(\.name)) == ["content-length", "content-type", "x-api-key", "x-secret", "x-hmac-signature"])
        #expect(delivery.header("content-type") == "application/json")
        #expect(delivery.header("x-api-key") == "key-123")
        #expect(delivery.header("x-secret") == "x-secret-456")
        #expect(delivery.header("content-length") == String(body.count))
        let signature = try #require(delivery.header("x-hmac-signature"))
        #expect(signature == result.signature)
        #expect(WebhookSigner(hmacSecret: "hmac-789").isValid(signature: signature, for: delivery.body))
        #expect(delivery.apiKey == .passed && delivery.secret == .passed && delivery.signature == .passed)
    }

    @Test func twoHundredOneFailsByDefaultAndPassesWithAny2xx() async throws {
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0, status: 201))
        let (strict, relaxed) = try await merchant.withRunning { url in
            try await withCurlTransport { transport in
                let body = Array("{}".utf8)
                let strict = await WebhookDeliverer(endpoint: try endpoint(url), transport: transport).deliver(body: body, retry: 0)
                let relaxed = await WebhookDeliverer(endpoint: try endpoint(url, acknowledgement: .any2xx), transport: transport)
                    .deliver(body: body, retry: 0)
                return (strict, relaxed)
            }
        }
        #expect(strict.response.status == 201)
        #expect(strict.error?.shortName == "http_status")
        #expect(relaxed.isAcknowledged)
    }

    @Test func redirectIsAFailedAttemptAndIsNotFollowed() async throws {
        let followed = Atomic<Int>(0)
        let router = Router()
        router.post("/hook") { _, _ -> Response in
            Response(status: .found, headers: [.location: "/elsewhere"])
        }
        router.on("/elsewhere", method: .post) { _, _ -> Response in
            followed.add(1, ordering: .relaxed)
            return Response(status: .ok)
        }
        router.get("/elsewhere") { _, _ -> Response in
            followed.add(1, ordering: .relaxed)
            return Response(status: .ok)
        }
        let server = HTTPServer(router: router)
        let result = try await server.withRunning { port in
            try await withCurlTransport { transport in
                await WebhookDeliverer(endpoint: try endpoint(server.baseURL(port: port) + "/hook"), transport: transport)
                    .deliver(body: Array("{}".utf8), retry: 0)
            }
        }
        #expect(result.response.status == 302)
        #expect(result.error?.shortName == "redirect")
        #expect(followed.load(ordering: .relaxed) == 0)
    }

    @Test func refusedPortIsAConnectError() async throws {
        let refusing = try RefusingPort()
        let target = try endpoint("http://127.0.0.1:\(refusing.port)/hook")
        let result = try await withCurlTransport { transport in
            await WebhookDeliverer(endpoint: target, transport: transport)
                .deliver(body: Array("{}".utf8), retry: 0)
        }
        withExtendedLifetime(refusing) {}
        #expect(result.response.status == nil)
        #expect(result.error?.shortName == "connect")
    }

    @Test func listenerThatNeverAnswersTimesOutOnTime() async throws {
        let listener = try SilentListener()
        let timeout = Duration.milliseconds(600)
        let url = "http://127.0.0.1:\(listener.port)/hook"
        let target = try endpoint(url, timeout: timeout)
        let started = ContinuousClock.now
        let result = try await withCurlTransport { transport in
            await WebhookDeliverer(endpoint: target, transport: transport)
                .deliver(body: Array("{}".utf8), retry: 0)
        }
        let elapsed = ContinuousClock.now - started
        #expect(result.error?.shortName == "timeout")
        // curl's own clock says when it gave up: after the timeout, not later than 1 s past it.
        #expect(result.response.latency >= .milliseconds(590))
        #expect(result.response.latency < timeout + .seconds(1))
        // The wall clock includes scheduling on a loaded machine; it only guards against a hang.
        #expect(elapsed < timeout + .seconds(10))
    }

    @Test func unresolvableHostIsADNSError() async throws {
        // `.invalid` is reserved (RFC 2606) and never resolves; no traffic leaves the machine.
        let target = try endpoint("http://merchant.invalid/hook")
        let result = try await withCurlTransport { transport in
            await WebhookDeliverer(endpoint: target, transport: transport)
                .deliver(body: Array("{}".utf8), retry: 0)
        }
        #expect(result.error?.shortName == "dns")
    }
}
