import Hummingbird
import HummingbirdTLS
import Logging
import YunoSimTesting

/// An https endpoint on 127.0.0.1 that answers every POST 200, serving the test leaf
/// certificate that ``TestCertificates/authority`` signed.
enum HTTPSReceiver {
    /// Serves for the duration of `body`, which receives the delivery URL.
    static func withRunning<Result: Sendable>(_ body: (String) async throws -> Result) async throws -> Result {
        let router = Router()
        router.post("/webhooks/yuno") { _, _ in Response(status: .ok) }
        let tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(TestCertificates.leaf.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(TestCertificates.leafKey.utf8), format: .pem))
        )
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "yuno-sim.tests.https")
        logger.logLevel = .error
        let application = Application(
            router: router, server: try .tls(tlsConfiguration: tls),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in portSink.yield(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { portSink.finish() }
                try await application.run()
            }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                try await group.next()
                throw CancellationError()
            }
            return try await body("https://127.0.0.1:\(port)/webhooks/yuno")
        }
    }
}
