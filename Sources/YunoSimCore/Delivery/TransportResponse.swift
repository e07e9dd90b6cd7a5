/// What one HTTP attempt produced, before acknowledgement rules are applied.
public struct TransportResponse: Sendable {
    /// The HTTP status code, or `nil` when no answer arrived.
    public var status: Int?
    /// Time from starting the attempt to its end.
    public var latency: Duration
    /// Body bytes uploaded.
    public var bytesSent: Int
    /// Body bytes the merchant answered with, counted in full even though only a prefix is kept.
    public var bytesReceived: Int
    /// The first bytes of the answer's body (at most the transport's limit, 64 KiB by default).
    public var bodyPrefix: [UInt8]
    /// Connections the attempt had to open: 0 when it reused a kept-alive one.
    public var newConnections: Int
    /// Set when the attempt failed below HTTP: DNS, connect, TLS, timeout, send or receive.
    public var error: DeliveryError?

    public init(
        status: Int?,
        latency: Duration,
        bytesSent: Int = 0,
        bytesReceived: Int = 0,
        bodyPrefix: [UInt8] = [],
        newConnections: Int = 0,
        error: DeliveryError? = nil
    ) {
        self.newConnections = newConnections
        self.status = status
        self.latency = latency
        self.bytesSent = bytesSent
        self.bytesReceived = bytesReceived
        self.bodyPrefix = bodyPrefix
        self.error = error
    }
}
