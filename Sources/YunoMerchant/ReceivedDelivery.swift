import YunoSimCore

/// What the reference merchant saw in one delivery, and how it answered.
public struct ReceivedDelivery: Sendable {
    /// The outcome of one configured check.
    public enum Check: String, Sendable {
        case passed = "ok"
        case failed = "FAILED"
        case notConfigured = "-"
    }

    /// `type_event` from the body, when the body is a JSON object that has one.
    public var typeEvent: String?
    /// `retry` from the body.
    public var retry: Int?
    /// Header lines as received (names lower-cased).
    public var headers: [HTTPHeader]
    /// The body bytes exactly as received.
    public var body: [UInt8]
    public var apiKey: Check
    public var secret: Check
    public var signature: Check
    /// The OAuth2 bearer token, when the merchant issues tokens.
    public var token: Check = .notConfigured
    /// The status the merchant answered with.
    public var answeredStatus: Int

    /// One line for people: event, retry, each check and the answer. Never shows a secret, and
    /// a `type_event` holding control characters (an escape sequence) is shown escaped.
    public var summary: String {
        "\(typeEvent?.oneLine ?? "?") retry=\(retry.map(String.init) ?? "?") "
            + "api_key=\(apiKey.rawValue) secret=\(secret.rawValue) signature=\(signature.rawValue) "
            + (token == .notConfigured ? "" : "token=\(token.rawValue) ")
            + "-> \(answeredStatus)"
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name == lowered }?.value
    }
}
