/// Why a delivery attempt was not acknowledged.
///
/// ``kind`` says which of a small, stable set of failures it was, and is what code compares
/// (`error.kind == .timeout`); ``shortName`` is its name in journal columns and reports;
/// ``detail`` is a human sentence and may change between versions.
public struct DeliveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which failure it was. The raw values are the short names journals and reports carry:
    /// the one place they are spelled.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case dns, connect, timeout, tls, send, receive
        case httpStatus = "http_status"
        case redirect
        case oauth2Token = "oauth2_token"

        /// Whether an HTTP answer decided the failure (a status Yuno does not count as
        /// received, or a redirect), rather than the connection or the transfer.
        public var isAnswer: Bool { self == .httpStatus || self == .redirect }
    }

    /// Which failure it was.
    public let kind: Kind
    /// What went wrong, for people.
    public let detail: String

    init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// The host name could not be resolved.
    public static func dns(_ detail: String) -> Self { .init(.dns, detail) }
    /// No connection could be established (refused, unreachable).
    public static func connect(_ detail: String) -> Self { .init(.connect, detail) }
    /// The attempt did not finish within its timeout.
    public static func timeout(_ detail: String) -> Self { .init(.timeout, detail) }
    /// The TLS handshake or certificate verification failed.
    public static func tls(_ detail: String) -> Self { .init(.tls, detail) }
    /// The request could not be written.
    public static func send(_ detail: String) -> Self { .init(.send, detail) }
    /// The answer could not be read or was not HTTP.
    public static func receive(_ detail: String) -> Self { .init(.receive, detail) }
    /// The merchant answered with a status Yuno does not count as received.
    public static func httpStatus(_ status: Int) -> Self { .init(.httpStatus, "HTTP \(status)") }
    /// The merchant answered with a redirect; Yuno never follows them.
    public static func redirect(_ status: Int) -> Self { .init(.redirect, "HTTP \(status) redirect (not followed)") }

    /// No OAuth2 token could be had from the merchant's token endpoint, so nothing was sent.
    public static func oauth2Token(_ detail: String) -> Self { .init(.oauth2Token, detail) }

    /// The stable short name of ``kind``: `dns`, `connect`, `timeout`, `tls`, `send`, `receive`,
    /// `http_status`, `redirect` or `oauth2_token`.
    public var shortName: String { kind.rawValue }

    public var description: String { "\(shortName): \(detail)" }
}
