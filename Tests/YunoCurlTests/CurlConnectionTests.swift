import Foundation
import Hummingbird
import Synchronization
import Testing
@testable import YunoCurl
import YunoMerchant
import YunoSimCore

/// Connection reuse, the in-flight bound and the response-body cap.
@Suite struct CurlConnectionTests {
    @Test func sequentialDeliveriesReuseOneConnection() async throws {
        let merchant = ReferenceMerchant(configuration: MerchantConfiguration(port: 0))
        let connections = try await merchant.withRunning { url in
            try await withCurlTransport { transport in
                let deliverer = WebhookDeliverer(endpoint: Endpoint(url: try WebhookURL(url)), transport: transport)
                var opened: [Int] = []
                for retry in 0..<20 {
                    let result = await deliverer.deliver(body: Array(#"{"retry":\#(retry)}"#.utf8), retry: retry)
                    #expect(result.isAcknowledged)
                    opened.append(result.response.newConnections)
                }
                return opened
            }
        }
        #expect(connections.first == 1)
        #expect(connections.dropFirst().allSatisfy { $0 == 0 })
    }

    @Test func transfersInFlightNeverExceedTheConcurrencyLimit() async throws {
        let current = Atomic<Int>(0)
        let peak = Atomic<Int>(0)
        let router = Router()
        router.post("/hook") { _, _ -> Response in
            let now = current.add(1, ordering: .relaxed).newValue
            peak.max(now, ordering: .relaxed)
            // The server holds each request a little, so concurrent ones overlap.
            try await Task.sleep(for: .milliseconds(30))
            current.subtract(1, ordering: .relaxed)
            return Response(status: .ok)
        }
        let server = HTTPServer(router: router)
        let results = try await server.withRunning { port in
            try await withCurlTransport(.init(concurrency: 4)) { transport in
                let deliverer = WebhookDeliverer(endpoint: Endpoint(url: try WebhookURL(server.baseURL(port: port) + "/hook")), transport: transport)
                return await withTaskGroup(of: DeliveryAttemptResult.self) { group in
                    for _ in 0..<24 {
                        group.addTask { await deliverer.deliver(body: Array("{}".utf8), retry: 0) }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
            }
        }
        #expect(results.count == 24)
        #expect(results.allSatisfy { $0.isAcknowledged })
        #expect(peak.load(ordering: .relaxed) <= 4)
        #expect(peak.load(ordering: .relaxed) >= 2)
        #expect(results.map(\.response.newConnections).reduce(0, +) <= 4)
    }

    @Test func largeAnswerIsCountedButOnlyAPrefixIsKept() async throws {
        let chunk = ByteBuffer(repeating: UInt8(ascii: "z"), count: 64 * 1024)
        let router = Router()
        router.post("/hook") { _, _ -> Response in
            // 10 MiB streamed in 64 KiB chunks, so the server holds no large buffer either.
            Response(status: .ok, body: ResponseBody(contentLength: 160 * chunk.readableBytes) { writer in
                for _ in 0..<160 { try await writer.write(chunk) }
                try await writer.finish(nil)
            })
        }
        let server = HTTPServer(router: router)
        let result = try await server.withRunning { port in
            try await withCurlTransport { transport in
                await WebhookDeliverer(endpoint: Endpoint(url: try WebhookURL(server.baseURL(port: port) + "/hook")), transport: transport)
                    .deliver(body: Array("{}".utf8), retry: 0)
            }
        }
        #expect(result.isAcknowledged)
        #expect(result.response.bytesReceived == 10 * 1024 * 1024)
        #expect(result.response.bodyPrefix.count == 64 * 1024)
    }
}

/// Kept-alive connections the merchant closes while curl is not watching them.
@Suite struct CurlIdleConnectionTests {
    /// Between transfers the loop leaves a connection's socket in epoll. When the merchant
    /// closes that connection, the socket reports ready once; the loop must take it out of
    /// epoll then, not be woken by it on every turn, and the next delivery must open a new
    /// connection and succeed.
    @Test(.timeLimit(.minutes(1))) func aConnectionClosedWhileIdleWakesTheLoopOnceAndIsReplaced() async throws {
        let server = try ClosingServer()
        defer { server.stop() }
        let (results, unwanted) = try await withCurlTransport(.init(concurrency: 1)) { transport in
            let deliverer = WebhookDeliverer(endpoint: Endpoint(url: try WebhookURL("http://127.0.0.1:\(server.port)/hook")), transport: transport)
            var results: [DeliveryAttemptResult] = []
            for round in 1...4 {
                results.append(await deliverer.deliver(body: Array("{}".utf8), retry: 0))
                // The closed connection is idle in curl's cache until the next delivery.
                await server.waitUntilClosed(round)
            }
            // One more delivery, so the loop has turned after the last close too.
            results.append(await deliverer.deliver(body: Array("{}".utf8), retry: 0))
            return (results, transport.unwantedSocketEvents)
        }
        #expect(results.allSatisfy { $0.isAcknowledged })
        #expect(results.allSatisfy { $0.response.newConnections == 1 })
        // At most one report per connection the server closed (all five); a socket left in
        // epoll would report on every turn of the loop.
        #expect(unwanted <= results.count)
    }

    /// A kept-alive connection is not inherited by a program the process starts: a child
    /// holding it would keep it in epoll after curl closed it, and the loop would spin.
    @Test func connectionSocketsAreClosedOnExec() async throws {
        let server = try ClosingServer()
        defer { server.stop() }
        let flags = try await withCurlTransport(.init(concurrency: 1)) { transport in
            let deliverer = WebhookDeliverer(endpoint: Endpoint(url: try WebhookURL("http://127.0.0.1:\(server.port)/hook")), transport: transport)
            let result = await deliverer.deliver(body: Array("{}".utf8), retry: 0)
            #expect(result.isAcknowledged)
            // The connection is still open on this side, in curl's cache.
            return Self.descriptors(connectedToPort: server.port).map { fcntl($0, F_GETFD) }
        }
        #expect(flags.count == 1)
        #expect(flags.allSatisfy { $0 >= 0 && $0 & FD_CLOEXEC != 0 })
    }

    /// This process's sockets whose peer is 127.0.0.1:`port`.
    private static func descriptors(connectedToPort port: Int) -> [Int32] {
        (Int32(0)..<4096).filter { descriptor in
            var address = sockaddr_in()
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let found = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(descriptor, $0, &length) }
            }
            return found == 0 && address.sin_family == sa_family_t(AF_INET) && Int(UInt16(bigEndian: address.sin_port)) == port
        }
    }
}
