/// One HTTP POST, exactly as it goes on the wire.
///
/// The body bytes are the ones that were signed; the transport sends them unchanged.
public struct DeliveryRequest: Sendable {
    /// Absolute `http` or `https` URL.
    public var url: String
    /// Header lines in the order they are sent. The transport adds only `Host` and
    /// `Content-Length`, which HTTP/1.1 requires.
    public var headers: [HTTPHeader]
    /// The exact bytes sent as the body.
    public var body: [UInt8]
    /// Limits that apply to this one attempt.
    public var timeouts: AttemptTimeouts

    public init(url: String, headers: [HTTPHeader], body: [UInt8], timeouts: AttemptTimeouts = AttemptTimeouts()) {
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
    }
}
