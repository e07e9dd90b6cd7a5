import Yams

/// `endpoint.oauth2:` and `merchant.oauth2:`.
extension ScenarioParser {
    static let oauth2Keys = [
        "authentication_url", "client_id", "client_secret", "grant_type", "scope", "authorization_name",
        "include_client_id", "client_auth", "request_format", "refresh_margin", "token_clock",
    ]
    static let merchantOAuth2Keys = ["token_ttl"]

    /// `authentication_url` may be left out only when the built-in merchant runs: its
    /// `/oauth/token` is then used.
    func readOAuth2(_ node: Node, urlRequired: Bool, with reader: ScenarioNodeReader) -> OAuth2Configuration? {
        let what = "endpoint.oauth2"
        guard let fields = reader.mapping(node, what, allowed: Self.oauth2Keys) else { return nil }
        var url: WebhookURL?
        let urlNote = " (needed unless 'merchant:' runs the built-in merchant, whose /oauth/token is then used)"
        if let node = urlRequired ? reader.require(fields, "authentication_url", in: what, note: urlNote) : fields["authentication_url"] {
            let known = reader.diagnostics.count
            url = reader.url(node, key: "authentication_url")
            if url == nil, urlRequired, reader.diagnostics.count == known {
                reader.report("'authentication_url' is empty\(urlNote)", at: node)
            }
        }
        // The client id can go in a header (`include_client_id`); the secret is masked in every
        // message about the file.
        let clientID = reader.require(fields, "client_id", in: what).flatMap { node in
            reader.string(node, key: "client_id").flatMap { value in
                guard let problem = HTTPHeader.problem(withValue: value) else { return value }
                reader.report("'client_id' \(problem)", at: node)
                return nil
            }
        }
        let clientSecret = reader.require(fields, "client_secret", in: what).flatMap { reader.secret($0, key: "client_secret", sentInHeader: false) }
        // The other keys are still checked when a credential is missing, so every problem shows.
        var oauth2 = OAuth2Configuration(authenticationURL: url, clientID: clientID ?? "", clientSecret: clientSecret ?? "")
        if let node = fields["grant_type"], let value = reader.string(node, key: "grant_type") {
            oauth2.grantType = value
        }
        oauth2.scope = fields["scope"].flatMap { reader.string($0, key: "scope") }
        if let node = fields["authorization_name"], let value = reader.string(node, key: "authorization_name") {
            if let problem = OAuth2Configuration.problem(withAuthorizationName: value) {
                reader.report("'authorization_name' \(problem)", at: node)
            } else {
                oauth2.authorizationName = value
            }
        }
        if let node = fields["include_client_id"], let value = reader.bool(node, key: "include_client_id") {
            oauth2.includeClientID = value
        }
        if let node = fields["client_auth"], let value = choice(node, key: "client_auth", as: OAuth2Configuration.ClientAuthentication.self, with: reader) {
            oauth2.clientAuthentication = value
        }
        if let node = fields["request_format"], let value = choice(node, key: "request_format", as: OAuth2Configuration.RequestFormat.self, with: reader) {
            oauth2.requestFormat = value
        }
        if let node = fields["refresh_margin"], let value = reader.duration(node, key: "refresh_margin") {
            oauth2.refreshMargin = value
        }
        if let node = fields["token_clock"], let value = choice(node, key: "token_clock", as: OAuth2Configuration.TokenClock.self, with: reader) {
            oauth2.tokenClock = value
        }
        return clientID == nil || clientSecret == nil ? nil : oauth2
    }

    /// `merchant.oauth2:` may be empty; the token lifetime then defaults to one hour.
    func readMerchantOAuth2(_ node: Node, with reader: ScenarioNodeReader) -> ScenarioMerchant.OAuth2 {
        var oauth2 = ScenarioMerchant.OAuth2()
        if case .scalar(let scalar) = node, Resolver.default.resolveTag(of: node) == .null || scalar.string.isEmpty { return oauth2 }
        guard let fields = reader.mapping(node, "merchant.oauth2", allowed: Self.merchantOAuth2Keys) else { return oauth2 }
        if let node = fields["token_ttl"], let value = reader.duration(node, key: "token_ttl") {
            if value > .zero {
                oauth2.tokenTTL = value
            } else {
                reader.report("'token_ttl' must be longer than 0s", at: node)
            }
        }
        return oauth2
    }

    private func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, key: String, as type: Value.Type, with reader: ScenarioNodeReader
    ) -> Value? where Value.RawValue == String {
        guard let text = reader.string(node, key: key) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let names = Value.allCases.map(\.rawValue)
        let hint = reader.hint(for: text, among: names)
        reader.report("'\(key)' must be \(names.joined(separator: " or ")), not '\(text)'\(hint)", at: node)
        return nil
    }
}
