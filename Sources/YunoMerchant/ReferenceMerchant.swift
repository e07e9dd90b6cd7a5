import Hummingbird
import YunoSimCore

/// A webhook receiver that checks what Yuno would send: credentials, signature, `retry`.
///
/// It is what `make run`, the end-to-end tests and self-contained scenarios deliver to.
public struct ReferenceMerchant: Sendable {
    public let configuration: MerchantConfiguration
    /// The token endpoint, when `configuration.oauth2` is set; counts the token requests.
    public let tokenIssuer: TokenIssuer?
    private let server: HTTPServer

    /// - Parameters:
    ///   - onDelivery: called once per delivery, after the answer is decided.
    ///   - onTokenRequest: called once per token request with a line that shows no credential.
    public init(
        configuration: MerchantConfiguration,
        onDelivery: @escaping @Sendable (ReceivedDelivery) -> Void = { _ in },
        onTokenRequest: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.configuration = configuration
        let router = Router()
        let policy = MerchantPolicy(configuration: configuration)
        let issuer = configuration.oauth2.map(TokenIssuer.init(configuration:))
        self.tokenIssuer = issuer
        if let issuer {
            router.post(RouterPath(issuer.configuration.path)) { request, _ -> Response in
                let buffer = try await request.body.collect(upTo: 1024 * 1024)
                let headers = request.headers.map { HTTPHeader($0.name.canonicalName, $0.value) }
                let answer = issuer.answer(headers: headers, body: Array(buffer.readableBytesView))
                onTokenRequest(answer.summary)
                return Response(
                    status: HTTPResponse.Status(code: answer.status),
                    headers: [.contentType: "application/json", .cacheControl: "no-store"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
                )
            }
        }
        router.post(RouterPath(configuration.path)) { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 16 * 1024 * 1024)
            let headers = request.headers.map { HTTPHeader($0.name.canonicalName, $0.value) }
            let token = issuer?.check(headers: headers) ?? .notConfigured
            let delivery = policy.judge(headers: headers, body: Array(buffer.readableBytesView), token: token)
            if delivery.answeredStatus == configuration.status, configuration.delay > .zero {
                try await Task.sleep(for: configuration.delay)
            }
            onDelivery(delivery)
            return Response(status: HTTPResponse.Status(code: delivery.answeredStatus))
        }
        self.server = HTTPServer(router: router, host: configuration.host, port: configuration.port)
    }

    /// The full delivery URL (scheme, host, bound port, path).
    public func deliveryURL(port: Int) -> String {
        server.baseURL(port: port) + configuration.path
    }

    /// The token endpoint's URL for the merchant whose delivery URL is `deliveryURL`.
    public func tokenURL(deliveryURL: String) -> String {
        String(deliveryURL.dropLast(configuration.path.count)) + (configuration.oauth2?.path ?? MerchantOAuth2.defaultPath)
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully.
    public func runUntilSignalled(onListening: @escaping @Sendable (String) async -> Void) async throws {
        try await server.runUntilSignalled { port in await onListening(self.deliveryURL(port: port)) }
    }

    /// Runs the merchant for the duration of `body`, which receives its delivery URL.
    public func withRunning<Result: Sendable>(_ body: @Sendable (String) async throws -> Result) async throws -> Result {
        try await server.withRunning { port in try await body(self.deliveryURL(port: port)) }
    }
}
