import YunoSimCore

extension MerchantConfiguration {
    /// The built-in merchant a scenario's `merchant:` section describes, checking the
    /// endpoint's credentials. It plays the OAuth2 token endpoint too when the scenario says
    /// `merchant.oauth2`, or when `endpoint.oauth2` has no `authentication_url` of its own
    /// (tokens then come from this merchant's `/oauth/token`).
    ///
    /// `nil` when the scenario runs no merchant.
    public init?(scenario: Scenario, host: String = "127.0.0.1", port: Int = 0) {
        guard let merchant = scenario.merchant else { return nil }
        let endpoint = scenario.endpoint
        var oauth2: MerchantOAuth2?
        if let client = endpoint.oauth2, merchant.oauth2 != nil || client.authenticationURL == nil {
            oauth2 = MerchantOAuth2(
                clientID: client.clientID,
                clientSecret: client.clientSecret,
                tokenTTL: merchant.oauth2?.tokenTTL ?? ScenarioMerchant.OAuth2().tokenTTL,
                authorizationName: client.authorizationName
            )
        }
        self.init(
            host: host, port: port,
            credentials: endpoint.credentials,
            failBelowRetry: merchant.failBelowRetry, status: merchant.status, delay: merchant.delay,
            oauth2: oauth2
        )
    }
}
