import Testing
import YunoSimCore
import YunoSimTesting

@Suite struct WebhookDelivererHeadersTests {
    private func headerNames(_ endpoint: ScenarioEndpoint) throws -> [String] {
        let url = try WebhookURL("http://127.0.0.1:8080/webhooks/yuno")
        let endpoint = try #require(endpoint.endpoint(url: url, tokenURL: nil))
        let deliverer = WebhookDeliverer(endpoint: endpoint, transport: InMemoryTransport())
        return deliverer.request(body: Array("{}".utf8), retry: 0).request.headers.map(\.name)
    }

    @Test(arguments: ["''", "\"\"", "\"${YUNO_TEST_EMPTY:-}\"", ""])
    func anEmptyCredentialIsNotConfiguredSoNoHeaderAndNoSignature(empty: String) throws {
        let scenario = try ScenarioTestSupport.parser.parse("""
            version: 1
            endpoint:
              url: http://127.0.0.1:8080/webhooks/yuno
              api_key: \(empty)
              secret: \(empty)
              hmac_secret: \(empty)
            events: [{event: payment.purchase}]
            """, file: "drill.yaml")
        #expect(try headerNames(scenario.endpoint) == ["Content-Type"])
    }

    @Test func eachConfiguredCredentialAddsItsHeader() throws {
        let scenario = try ScenarioTestSupport.parser.parse("""
            version: 1
            endpoint: {url: "http://127.0.0.1:8080/webhooks/yuno", api_key: k-1, secret: s-1, hmac_secret: h-1}
            events: [{event: payment.purchase}]
            """, file: "drill.yaml")
        #expect(try headerNames(scenario.endpoint) == ["Content-Type", "x-api-key", "x-secret", "x-hmac-signature"])
    }
}
