import Foundation
import Synchronization
import YunoSimCore

/// Issues random bearer tokens for the client credentials grant (form body, JSON body or HTTP
/// Basic) and checks them on deliveries. Tokens expire on the wall clock after the TTL.
public final class TokenIssuer: Sendable {
    /// The answer to one token request.
    public struct Answer: Sendable {
        public var status: Int
        /// JSON body; holds the token on success, so it is never printed.
        public var body: [UInt8]
        /// One line for people, without token or secret.
        public var summary: String
    }

    public let configuration: MerchantOAuth2
    private let state = Mutex<State>(State())

    private struct State {
        var expiries: [String: ContinuousClock.Instant] = [:]
        var requests = 0
    }

    public init(configuration: MerchantOAuth2) {
        self.configuration = configuration
    }

    /// Token requests received so far, answered or not.
    public var requestCount: Int { state.withLock { $0.requests } }

    /// Answers a token request given its lower-cased headers and raw body.
    public func answer(headers: [HTTPHeader], body: [UInt8]) -> Answer {
        state.withLock { $0.requests += 1 }
        let fields = Self.fields(headers: headers, body: body)
        guard fields["grant_type"] == "client_credentials" else {
            return Self.failure(400, "unsupported_grant_type", "token request: grant_type is not client_credentials -> 400")
        }
        let credentials = Self.basicCredentials(headers) ?? (fields["client_id"], fields["client_secret"])
        guard Self.equal(credentials.0, configuration.clientID), Self.equal(credentials.1, configuration.clientSecret) else {
            return Self.failure(401, "invalid_client", "token request: client credentials FAILED -> 401")
        }
        let token = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max)) }.joined()
        let seconds = Int(configuration.tokenTTL.components.seconds)
        state.withLock { state in
            let now = ContinuousClock.now
            state.expiries = state.expiries.filter { $0.value > now }
            state.expiries[token] = now + configuration.tokenTTL
        }
        let object = JSONValue.object(JSONObject([
            ("access_token", .string(token)), ("token_type", .string("Bearer")), ("expires_in", .integer(Int64(seconds))),
        ]))
        return Answer(status: 200, body: object.bytes, summary: "token request: client ok -> 200 (expires_in \(seconds))")
    }

    /// Whether a delivery's headers carry `Bearer <token>` with a token issued here and not expired.
    public func check(headers: [HTTPHeader]) -> ReceivedDelivery.Check {
        let name = configuration.authorizationName.lowercased()
        guard let value = headers.first(where: { $0.name == name })?.value, value.hasPrefix("Bearer ") else { return .failed }
        let token = String(value.dropFirst("Bearer ".count))
        let valid = state.withLock { state in state.expiries[token].map { ContinuousClock.now < $0 } ?? false }
        return valid ? .passed : .failed
    }

    private static func failure(_ status: Int, _ error: String, _ summary: String) -> Answer {
        Answer(status: status, body: JSONValue.object(JSONObject([("error", .string(error))])).bytes, summary: summary)
    }

    /// The request's fields from a JSON object body, else a form body.
    private static func fields(headers: [HTTPHeader], body: [UInt8]) -> [String: String] {
        let contentType = headers.first { $0.name == "content-type" }?.value ?? ""
        if contentType.hasPrefix("application/json") {
            guard case .object(let object)? = try? JSONParser.parse(body) else { return [:] }
            var fields: [String: String] = [:]
            for case (let key, .string(let value)) in object { fields[key] = value }
            return fields
        }
        var fields: [String: String] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields[formDecode(parts[0])] = parts.count > 1 ? formDecode(parts[1]) : ""
        }
        return fields
    }

    private static func basicCredentials(_ headers: [HTTPHeader]) -> (String?, String?)? {
        guard let value = headers.first(where: { $0.name == "authorization" })?.value, value.hasPrefix("Basic "),
              let data = Data(base64Encoded: String(value.dropFirst("Basic ".count))),
              let pair = String(data: data, encoding: .utf8)
        else { return nil }
        let parts = pair.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        return (formDecode(parts[0]), parts.count > 1 ? formDecode(parts[1]) : nil)
    }

    private static func formDecode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    private static func equal(_ got: String?, _ expected: String) -> Bool {
        guard let got else { return false }
        return MerchantPolicy.constantTimeEqual(Array(got.utf8), Array(expected.utf8))
    }
}
