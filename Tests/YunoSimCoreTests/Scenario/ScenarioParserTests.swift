import Foundation
import Testing
import YunoSimCore

@Suite struct ScenarioParserTests {
    static let fullExample = """
        version: 1
        name: card purchase recovers on the fourth try
        endpoint:
          url: ${MERCHANT_URL:-http://127.0.0.1:8080/webhooks/yuno}
          api_key: ${YUNO_TEST_SECRET}
          secret: plain-secret
          hmac_secret: ${UNSET_HMAC:-hmac-demo}
          accept: "2xx"
          timeouts: {first: 23s, retry: 7s, connect: 5s}
        clock:
          speed: 3600
          start: 2026-03-01T12:00:00Z
        retry:
          schedule: yuno-cumulative
        merchant:
          fail_below_retry: 3
          status: 202
          delay: 250ms
        events:
          - id: purchase-1
            event: payment.purchase
            at: 1m
            variant: declined
            set: {data.payment.amount.value: 1500, data.payment.description: "1500", data.x: null, data.y: [1, true]}
            repeat: {count: 100, every: 1s}
          - event: banking.transfer.incoming.completed
        expect:
          - event: purchase-1
            delivered: true
            attempt: 4
          - event: banking.transfer.incoming.completed-2
            within: 3
        """

    @Test func parsesTheFullExample() throws {
        let scenario = try ScenarioTestSupport.parser.parse(Self.fullExample, file: "drill.yaml")
        #expect(scenario.version == 1)
        #expect(scenario.name == "card purchase recovers on the fourth try")
        #expect(scenario.endpoint.url?.absoluteString == "http://127.0.0.1:8080/webhooks/yuno")
        #expect(scenario.endpoint.credentials == EndpointCredentials(apiKey: "s3cr3t-from-env", secret: "plain-secret", hmacSecret: "hmac-demo"))
        #expect(scenario.endpoint.acknowledgement == .any2xx)
        #expect(scenario.endpoint.timeouts == Endpoint.Timeouts(first: .seconds(23), retry: .seconds(7), connect: .seconds(5)))
        #expect(scenario.clock == .speed(3600))
        #expect(scenario.start == Date(timeIntervalSince1970: 1_772_366_400))
        #expect(scenario.retry == .yunoCumulative)
        #expect(scenario.merchant == ScenarioMerchant(failBelowRetry: 3, status: 202, delay: .milliseconds(250)))
        #expect(scenario.events.count == 2)
        let purchase = scenario.events[0]
        #expect(purchase.id == "purchase-1")
        #expect(purchase.event.typeEvent == "payment.purchase")
        #expect(purchase.at == .seconds(60))
        #expect(purchase.variant == "declined")
        #expect(purchase.overrides == [
            .set(path: "data.payment.amount.value", value: .integer(1500)),
            .set(path: "data.payment.description", value: .string("1500")),
            .set(path: "data.x", value: .null),
            .set(path: "data.y", value: .array([.integer(1), .bool(true)])),
        ])
        #expect(purchase.repetition == ScenarioEvent.Repetition(count: 100, every: .seconds(1)))
        #expect(purchase.occurrences == 100)
        #expect(scenario.events[1].id == "banking.transfer.incoming.completed-2")
        #expect(scenario.expectations == [
            try Expectation(eventID: "purchase-1", delivered: true, attempt: 4),
            try Expectation(eventID: "banking.transfer.incoming.completed-2", within: 3),
        ])
        #expect(Set(scenario.secretValues) == ["s3cr3t-from-env", "plain-secret", "hmac-demo"])
    }

    @Test func appliesDefaults() throws {
        let text = """
            version: 1
            merchant:
            events:
              - event: payment.refund
            """
        let scenario = try ScenarioTestSupport.parser.parse(text, file: "dir/minimal.yml")
        #expect(scenario.name == "minimal")
        #expect(scenario.endpoint.url == nil)
        #expect(scenario.endpoint.credentials == EndpointCredentials())
        #expect(scenario.endpoint.acknowledgement == .only200)
        #expect(scenario.endpoint.timeouts == Endpoint.Timeouts())
        #expect(scenario.clock == .instant)
        #expect(scenario.start == nil)
        #expect(scenario.retry == .yuno)
        #expect(scenario.retry.attemptCount == 7)
        #expect(scenario.merchant == ScenarioMerchant())
        #expect(scenario.events == [ScenarioEvent(id: "payment.refund-1", event: try EventName("payment.refund"))])
        #expect(scenario.expectations.isEmpty)
    }

    @Test func readsACustomScheduleAndAnExplicitInstantClock() throws {
        let text = """
            version: 1
            endpoint: {url: "https://merchant.example/hooks"}
            clock: {speed: instant}
            retry: {schedule: [0s, 1m, 10m]}
            events: [{event: payment.purchase}]
            expect: [{event: payment.purchase-1, delivered: false}]
            """
        let scenario = try ScenarioTestSupport.parser.parse(text, file: "custom.yaml")
        #expect(try scenario.retry == .custom([.zero, .seconds(60), .seconds(600)]))
        #expect(scenario.retry.attemptCount == 3)
        #expect(scenario.clock == .instant)
        #expect(scenario.merchant == nil)
        #expect(scenario.endpoint.endpoint()?.url.absoluteString == "https://merchant.example/hooks")
    }

    @Test func parsesJSON() throws {
        let text = """
            {
              "version": 1,
              "name": "json drill",
              "merchant": {"status": 500},
              "events": [
                {"id": "a", "event": "payment.capture", "at": "5m", "set": {"data.payment.amount.value": 99.5}}
              ],
              "expect": [{"event": "a", "delivered": false}]
            }
            """
        let scenario = try ScenarioTestSupport.parser.parse(text, file: "drill.json")
        #expect(scenario.name == "json drill")
        #expect(scenario.merchant?.status == 500)
        #expect(scenario.events.first?.at == .seconds(300))
        #expect(scenario.events.first?.overrides == [.set(path: "data.payment.amount.value", value: .double(99.5))])
        #expect(scenario.expectations == [try Expectation(eventID: "a", delivered: false)])
    }

    @Test func typesPlainValuesAfterExpansion() throws {
        let text = """
            version: 1
            merchant: {fail_below_retry: "${FAILS:-2}"}
            events:
              - event: payment.purchase
                at: ${DELAY:-5m}
                set:
                  data.a: ${AMOUNT:-1500}
                  data.b: "${AMOUNT:-1500}"
                  data.c: ${YUNO_TEST_EMPTY:-true}
                repeat:
                  count: ${N:-10}
            """
        let scenario = try ScenarioTestSupport.parser.parse(text, file: "env.yaml")
        #expect(scenario.merchant?.failBelowRetry == 2)
        #expect(scenario.events.first?.at == .seconds(300))
        #expect(scenario.events.first?.overrides == [
            .set(path: "data.a", value: .integer(1500)), .set(path: "data.b", value: .string("1500")), .set(path: "data.c", value: .bool(true)),
        ])
        #expect(scenario.events.first?.repetition == ScenarioEvent.Repetition(count: 10))
    }

    /// A `set:` key is the whole path, `=` and all (only `--set PATH=VALUE` ends a path at `=`),
    /// and a value is sent as written, U+F8FF and all.
    @Test func setKeysAndValuesLandInTheBodyExactly() throws {
        let text = """
            version: 1
            merchant: {}
            events:
              - event: payment.purchase
                set: {"data.payment.metadata.0.a=b": 1, data.payment.description: "\u{F8FF}0 x=y", "data.c=": {"d=e": "="}}
            """
        let scenario = try ScenarioTestSupport.parser.parse(text, file: "drill.yaml")
        #expect(scenario.events.first?.overrides == [
            .set(path: "data.payment.metadata.0.a=b", value: 1),
            .set(path: "data.payment.description", value: "\u{F8FF}0 x=y"),
            .set(path: "data.c=", value: ["d=e": "="]),
        ])
        let template = try #require(try scenario.bodyTemplates(accountID: UUID()).first)
        let body = String(decoding: template.render(instanceSeed: 1, retry: 0, time: Date()), as: UTF8.self)
        #expect(body.contains(#""metadata":[{"key":"channel","value":"web","a=b":1}]"#))
        #expect(body.contains("\"description\":\"\u{F8FF}0 x=y\""))
        #expect(body.contains(#""c=":{"d=e":"="}"#))
    }

    @Test func withoutAnEventListAcceptsAnyWellFormedName() throws {
        let parser = ScenarioParser(knownEvents: nil, environment: [:])
        let text = "version: 1\nmerchant:\nevents: [{event: future.thing}]\n"
        #expect(try parser.parse(text, file: "f.yaml").events.first?.event.typeEvent == "future.thing")
    }

    @Test func checksVariantsWhenTheyAreKnown() {
        let parser = ScenarioParser(
            knownEvents: ["payment.purchase"], knownVariants: ["payment.purchase": ["declined", "routed"]], environment: [:]
        )
        let text = "version: 1\nmerchant:\nevents:\n  - event: payment.purchase\n    variant: routd\n"
        #expect(throws: ScenarioDiagnostics.self) { try parser.parse(text, file: "v.yaml") }
        #expect((try? parser.parse(text.replacingOccurrences(of: "routd", with: "routed"), file: "v.yaml")) != nil)
    }

    @Test func readsAFileFromDisk() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).yaml").path
        try "version: 1\nmerchant:\nevents: [{event: payment.purchase}]\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ScenarioTestSupport.parser.parse(contentsOf: path).events.count == 1)
    }

    @Test func reportsAMissingFileWithoutAPosition() {
        #expect(throws: ScenarioDiagnostics([
            ScenarioDiagnostic(file: "/nonexistent/x.yaml", line: nil, column: nil, message: "cannot read the scenario: no such file"),
        ])) {
            try ScenarioTestSupport.parser.parse(contentsOf: "/nonexistent/x.yaml")
        }
    }
}
