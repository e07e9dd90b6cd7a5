import YunoSimCore

/// How the reference merchant listens and answers; every field has a default.
public struct MerchantConfiguration: Sendable {
    /// Address to bind; loopback by default.
    public var host: String
    /// Port to bind; 0 picks a free one.
    public var port: Int
    /// Path that receives deliveries.
    public var path: String
    /// Credentials a delivery must carry; each is checked only when set.
    public var credentials: EndpointCredentials
    /// Deliveries whose body `retry` is below this get 500, so a drill can recover on attempt N+1.
    public var failBelowRetry: Int
    /// The status answered to a delivery that passes every check.
    public var status: Int
    /// How long to wait before answering.
    public var delay: Duration
    /// Also serve a token endpoint and require its bearer tokens on deliveries.
    public var oauth2: MerchantOAuth2?

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        path: String = "/webhooks/yuno",
        credentials: EndpointCredentials = EndpointCredentials(),
        failBelowRetry: Int = 0,
        status: Int = 200,
        delay: Duration = .zero,
        oauth2: MerchantOAuth2? = nil
    ) {
        self.host = host
        self.port = port
        self.path = path
        self.credentials = credentials
        self.failBelowRetry = failBelowRetry
        self.status = status
        self.delay = delay
        self.oauth2 = oauth2
    }
}
