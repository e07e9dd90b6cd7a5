import Yams

/// `endpoint:`: URL, credentials, acknowledgement and timeouts.
extension ScenarioParser {
    // New endpoint keys go here and get their own reader.
    static let endpointKeys = ["url", "api_key", "secret", "hmac_secret", "accept", "timeouts", "oauth2"]
    static let timeoutKeys = ["first", "retry", "connect"]

    func readEndpoint(_ node: Node, urlRequired: Bool, with reader: ScenarioNodeReader) -> ScenarioEndpoint {
        var endpoint = ScenarioEndpoint()
        guard let fields = reader.mapping(node, "endpoint", allowed: Self.endpointKeys) else { return endpoint }
        if let node = urlRequired ? reader.require(fields, "url", in: "endpoint", note: Self.urlNote) : fields["url"] {
            endpoint.url = reader.url(node, key: "url")
        }
        // Secrets: never quoted in a message, and masked in every message about the file.
        endpoint.credentials = EndpointCredentials(
            apiKey: fields["api_key"].flatMap { reader.secret($0, key: "api_key", sentInHeader: true) },
            secret: fields["secret"].flatMap { reader.secret($0, key: "secret", sentInHeader: true) },
            hmacSecret: fields["hmac_secret"].flatMap { reader.secret($0, key: "hmac_secret", sentInHeader: false) }
        )
        if let node = fields["accept"], let text = reader.string(node, key: "accept") {
            if let acknowledgement = Acknowledgement(rawValue: text) {
                endpoint.acknowledgement = acknowledgement
            } else {
                reader.report("'accept' must be \"200\" or \"2xx\", not '\(text)'", at: node)
            }
        }
        if let node = fields["timeouts"] {
            endpoint.timeouts = readTimeouts(node, with: reader)
        }
        if let node = fields["oauth2"] {
            endpoint.oauth2 = readOAuth2(node, urlRequired: urlRequired, with: reader)
        }
        return endpoint
    }

    private func readTimeouts(_ node: Node, with reader: ScenarioNodeReader) -> Endpoint.Timeouts {
        var timeouts = Endpoint.Timeouts()
        guard let fields = reader.mapping(node, "endpoint.timeouts", allowed: Self.timeoutKeys) else { return timeouts }
        if let node = fields["first"], let value = positiveDuration(node, key: "first", with: reader) {
            timeouts.first = value
        }
        if let node = fields["retry"], let value = positiveDuration(node, key: "retry", with: reader) {
            timeouts.retry = value
        }
        if let node = fields["connect"], let value = positiveDuration(node, key: "connect", with: reader) {
            timeouts.connect = value
        }
        return timeouts
    }

    private func positiveDuration(_ node: Node, key: String, with reader: ScenarioNodeReader) -> Duration? {
        guard let value = reader.duration(node, key: key) else { return nil }
        guard value > .zero else {
            reader.report("'\(key)' must be longer than 0s", at: node)
            return nil
        }
        return value
    }
}
