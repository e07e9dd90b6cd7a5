import Testing
import YunoSimCore

/// `endpoint.oauth2` and `merchant.oauth2`: values, defaults and bad input.
@Suite struct ScenarioOAuth2Tests {
    private func scenario(_ oauth2: String, merchant: String = "") throws -> Scenario {
        try ScenarioTestSupport.parser.parse("""
            version: 1
            endpoint:
              url: http://127.0.0.1:8080/webhooks/yuno
              oauth2:
            \(oauth2)
            \(merchant)
            events: [{event: payment.purchase}]
            """, file: "oauth2.yaml")
    }

    @Test func everyKeyIsRead() throws {
        let parsed = try scenario("""
                authentication_url: https://merchant.example/oauth/token
                client_id: client-7
                client_secret: ${YUNO_TEST_SECRET}
                grant_type: custom_grant
                scope: webhooks
                authorization_name: X-Merchant-Token
                include_client_id: true
                client_auth: basic
                request_format: json
                refresh_margin: 5m
                token_clock: virtual
            """)
        let oauth2 = try #require(parsed.endpoint.oauth2)
        #expect(oauth2 == OAuth2Configuration(
            authenticationURL: try WebhookURL("https://merchant.example/oauth/token"),
            clientID: "client-7", clientSecret: "s3cr3t-from-env", grantType: "custom_grant", scope: "webhooks",
            authorizationName: "X-Merchant-Token", includeClientID: true, clientAuthentication: .basic,
            requestFormat: .json, refreshMargin: .seconds(300), tokenClock: .virtual
        ))
        #expect(parsed.secretValues.contains("s3cr3t-from-env"))
        #expect(parsed.endpoint.endpoint()?.oauth2 == oauth2)
    }

    @Test func defaultsFollowYunoAndRFC6749() throws {
        let parsed = try scenario("""
                authentication_url: https://merchant.example/oauth/token
                client_id: client-7
                client_secret: s
            """)
        #expect(parsed.endpoint.oauth2 == OAuth2Configuration(
            authenticationURL: try WebhookURL("https://merchant.example/oauth/token"), clientID: "client-7", clientSecret: "s"
        ))
    }

    @Test func withTheBuiltInMerchantTheURLMayBeLeftToIt() throws {
        let parsed = try scenario("""
                authentication_url: ${UNSET_TOKEN_URL:-}
                client_id: client-7
                client_secret: s
            """, merchant: "merchant: {oauth2: {token_ttl: 12h}}")
        #expect(parsed.endpoint.oauth2?.authenticationURL == nil)
        #expect(parsed.merchant?.oauth2 == ScenarioMerchant.OAuth2(tokenTTL: .seconds(12 * 3_600)))
        let merchantToken = try WebhookURL("http://127.0.0.1:4321/oauth/token")
        let endpoint = parsed.endpoint.endpoint(url: try WebhookURL("http://127.0.0.1:4321/webhooks/yuno"), tokenURL: merchantToken)
        #expect(endpoint?.oauth2?.authenticationURL == merchantToken)
    }

    @Test func badValuesAreReportedWhereTheyAre() {
        let problems = ScenarioTestSupport.problems("""
            version: 1
            endpoint:
              url: http://127.0.0.1:8080/webhooks/yuno
              oauth2:
                client_id: client-7
                client_auth: bearer
                request_format: xml
                token_clock: wall
                refresh_margin: -5s
                include_client_id: maybe
                authorization_name: "Bad Header"
                scoop: read
            events: [{event: payment.purchase}]
            """)
        #expect(problems == [
            "drill.yaml:5:5: missing key 'authentication_url' in endpoint.oauth2 (needed unless 'merchant:' runs the built-in merchant, whose /oauth/token is then used)",
            "drill.yaml:5:5: missing key 'client_secret' in endpoint.oauth2",
            "drill.yaml:6:18: 'client_auth' must be body or basic, not 'bearer'",
            "drill.yaml:7:21: 'request_format' must be form or json, not 'xml'",
            "drill.yaml:8:18: 'token_clock' must be real or virtual, not 'wall'",
            "drill.yaml:9:21: 'refresh_margin' must not be negative, not '-5s'",
            "drill.yaml:10:24: 'include_client_id' must be true or false, not 'maybe'",
            "drill.yaml:11:25: 'authorization_name' must be an HTTP header name like Authorization, not 'Bad Header'",
            "drill.yaml:12:5: unknown key 'scoop' in endpoint.oauth2; did you mean 'scope'?",
        ])
    }

    @Test(arguments: ["x-api-key", "Content-Type", "X-HMAC-Signature", "Host", "TE", "Upgrade", "trailer", "Keep-Alive"])
    func theTokenCannotTakeAHeaderADeliveryAlreadySends(name: String) {
        let problems = ScenarioTestSupport.problems("""
            version: 1
            merchant: {}
            endpoint:
              oauth2: {client_id: c, client_secret: s, authorization_name: \(name)}
            events: [{event: payment.purchase}]
            """)
        #expect(problems == [
            "drill.yaml:4:64: 'authorization_name' cannot be \(name): deliveries already send that header, or HTTP needs it",
        ])
    }

    @Test func theSecretIsNeverQuoted() {
        let problems = ScenarioTestSupport.problems("""
            version: 1
            endpoint:
              url: http://127.0.0.1:8080/webhooks/yuno
              oauth2: {authentication_url: "http://127.0.0.1:1/t", client_id: c, client_secret: [hunter2]}
            events: [{event: payment.purchase}]
            """)
        #expect(problems.count == 1)
        #expect(problems.allSatisfy { !$0.contains("hunter2") })
    }

    @Test func merchantOAuth2NeedsTheEndpointsClientAndAPositiveTTL() {
        #expect(ScenarioTestSupport.problems("""
            version: 1
            merchant: {oauth2: {}}
            events: [{event: payment.purchase}]
            """) == [
            "drill.yaml:2:11: 'merchant.oauth2' issues tokens for 'endpoint.oauth2', which is missing; add its client_id and client_secret",
        ])
        #expect(ScenarioTestSupport.problems("""
            version: 1
            endpoint: {oauth2: {client_id: c, client_secret: s}}
            merchant: {oauth2: {token_ttl: 0s}}
            events: [{event: payment.purchase}]
            """) == ["drill.yaml:3:32: 'token_ttl' must be longer than 0s"])
    }
}
