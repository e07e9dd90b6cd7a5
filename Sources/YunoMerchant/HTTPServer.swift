import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import YunoSimCore

/// Serves a Hummingbird router on a loopback (or given) address; the reference merchant and the
/// tests' purpose-built receivers share it.
public struct HTTPServer: Sendable {
    private let responder: RouterResponder<BasicRequestContext>
    private let host: String
    private let port: Int

    /// - Parameter port: 0 picks a free port.
    public init(router: Router<BasicRequestContext>, host: String = "127.0.0.1", port: Int = 0) {
        self.responder = router.buildResponder()
        self.host = host
        self.port = port
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully.
    public func runUntilSignalled(onBound: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(onBound: onBound).runService()
    }

    /// Serves for the duration of `body`, which receives the bound port.
    public func withRunning<Result: Sendable>(_ body: @Sendable (Int) async throws -> Result) async throws -> Result {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let services = ServiceGroup(configuration: .init(
            services: [application { port in continuation.yield(port) }],
            logger: Self.logger
        ))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // Finishing the stream also when the server fails lets the caller see its error.
                defer { continuation.finish() }
                try await services.run()
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                try await group.next()
                throw InputError("could not listen on \(host):\(self.port)")
            }
            let result: Result
            do {
                result = try await body(port)
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            return result
        }
    }

    /// `http://host:port` for the bound port, with IPv6 hosts bracketed.
    public func baseURL(port: Int) -> String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    private func application(onBound: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let configuredPort = port
        return Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onBound(channel.localAddress?.port ?? configuredPort) },
            logger: Self.logger
        )
    }

    private static let logger: Logger = {
        var logger = Logger(label: "yuno-sim.http-server")
        logger.logLevel = .error
        return logger
    }()
}
