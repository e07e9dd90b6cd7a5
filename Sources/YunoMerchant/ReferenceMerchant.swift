import Hummingbird
import YunoSimCore

/// A webhook receiver that checks what Yuno would send: credentials, signature, `retry`.
///
/// It is what `make run`, the end-to-end tests and self-contained scenarios deliver to.
public struct ReferenceMerchant: Sendable {
    public let configuration: MerchantConfiguration
    private let server: HTTPServer

    /// - Parameter onDelivery: called once per delivery, after the answer is decided.
    public init(configuration: MerchantConfiguration, onDelivery: @escaping @Sendable (ReceivedDelivery) -> Void = { _ in }) {
        self.configuration = configuration
        let router = Router()
        let policy = MerchantPolicy(configuration: configuration)
        router.post(RouterPath(configuration.path)) { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 16 * 1024 * 1024)
            let headers = request.headers.map { HTTPHeader($0.name.canonicalName, $0.value) }
            let delivery = policy.judge(headers: headers, body: Array(buffer.readableBytesView))
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

    /// Serves until the calling task is cancelled; `onListening` receives the delivery URL.
    public func run(onListening: @escaping @Sendable (String) async -> Void) async throws {
        try await server.run { port in await onListening(self.deliveryURL(port: port)) }
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
