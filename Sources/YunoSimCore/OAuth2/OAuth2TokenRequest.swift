import Foundation

/// Builds the token request of RFC 6749 §4.4 (client credentials) from a configuration.
enum OAuth2TokenRequest {
    /// The POST that asks `url` for a token; the client secret travels in the body or in a
    /// secret `Authorization: Basic` header, never in the URL.
    static func make(_ configuration: OAuth2Configuration, url: WebhookURL, timeouts: AttemptTimeouts) -> DeliveryRequest {
        var fields: [(String, String)] = [("grant_type", configuration.grantType)]
        var headers: [HTTPHeader] = []
        switch configuration.clientAuthentication {
        case .body:
            fields += [("client_id", configuration.clientID), ("client_secret", configuration.clientSecret)]
        case .basic:
            let pair = formEncode(configuration.clientID) + ":" + formEncode(configuration.clientSecret)
            headers.append(HTTPHeader("Authorization", "Basic " + Data(pair.utf8).base64EncodedString(), isSecret: true))
        }
        if let scope = configuration.scope {
            fields.append(("scope", scope))
        }
        if configuration.includeClientID {
            headers.append(HTTPHeader(OAuth2Configuration.clientIDHeader, configuration.clientID))
        }
        let body: [UInt8]
        switch configuration.requestFormat {
        case .form:
            headers.insert(HTTPHeader("Content-Type", "application/x-www-form-urlencoded"), at: 0)
            body = Array(fields.map { formEncode($0.0) + "=" + formEncode($0.1) }.joined(separator: "&").utf8)
        case .json:
            headers.insert(HTTPHeader("Content-Type", "application/json"), at: 0)
            body = JSONValue.object(JSONObject(fields.map { ($0.0, JSONValue.string($0.1)) })).bytes
        }
        headers.insert(HTTPHeader("Accept", "application/json"), at: 1)
        return DeliveryRequest(url: url.absoluteString, headers: headers, body: body, timeouts: timeouts)
    }

    /// `application/x-www-form-urlencoded` encoding of one name or value.
    static func formEncode(_ text: String) -> String {
        let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return (text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text).replacingOccurrences(of: "%20", with: "+")
    }
}
