import Hummingbird
import Logging
import NIOCore
import YunoSimCore

/// A webhook receiver that checks what Yuno would send: credentials, signature, `retry`.
///
/// It is what `make run`, the end-to-end tests and self-contained scenarios deliver to.
public struct ReferenceMerchant: Sendable {
    public let configuration: MerchantConfiguration
    private let onDelivery: @Sendable (ReceivedDelivery) -> Void

    /// - Parameter onDelivery: called once per delivery, after the answer is decided.
    public init(configuration: MerchantConfiguration, onDelivery: @escaping @Sendable (ReceivedDelivery) -> Void = { _ in }) {
        self.configuration = configuration
        self.onDelivery = onDelivery
    }

    /// Serves until the calling task is cancelled. `onListening` receives the full delivery
    /// URL (scheme, host, bound port, path) once the socket is bound.
    public func run(onListening: @escaping @Sendable (String) async -> Void) async throws {
        try await application(onListening: onListening).run()
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully.
    public func runUntilSignalled(onListening: @escaping @Sendable (String) async -> Void) async throws {
        try await application(onListening: onListening).runService()
    }

    private func application(onListening: @escaping @Sendable (String) async -> Void) -> some ApplicationProtocol {
        let policy = MerchantPolicy(configuration: configuration)
        let configuration = self.configuration
        let onDelivery = self.onDelivery
        let router = Router()
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
        var logger = Logger(label: "yuno-sim.merchant")
        logger.logLevel = .error
        let host = configuration.host
        let path = configuration.path
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let shownHost = host.contains(":") ? "[\(host)]" : host
                await onListening("http://\(shownHost):\(port)\(path)")
            },
            logger: logger
        )
    }

    /// Runs the merchant for the duration of `body`, which receives its delivery URL.
    public func withRunning<Result: Sendable>(_ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let (urls, continuation) = AsyncStream.makeStream(of: String.self)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // Finishing the stream also when `run` fails lets the caller see its error.
                defer { continuation.finish() }
                try await self.run { url in continuation.yield(url) }
            }
            var iterator = urls.makeAsyncIterator()
            guard let url = await iterator.next() else {
                // The server stopped before binding: surface its error.
                try await group.next()
                throw InputError("the reference merchant could not start on \(configuration.host):\(configuration.port)")
            }
            defer { group.cancelAll() }
            return try await body(url)
        }
    }
}
