import Foundation
import Glibc
import Synchronization

/// A loopback HTTP/1.1 server that answers each request `200` with an empty body, as if
/// keeping the connection alive (no `Connection: close`), and then closes the connection:
/// what a merchant's idle timeout does to a connection the sender has kept for its next
/// delivery.
final class ClosingServer: Sendable {
    let port: Int
    private let descriptor: Int32
    private let closed = Mutex(0)

    init() throws {
        let socket = try LoopbackSocket()
        descriptor = socket.descriptor
        port = socket.port
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Stops accepting; the thread exits once `accept` fails.
    func stop() { shutdown(descriptor, Int32(SHUT_RDWR)) }

    deinit { Glibc.close(descriptor) }

    /// Connections answered and closed so far.
    var closedConnections: Int { closed.withLock { $0 } }

    /// Waits until `count` connections have been answered and closed.
    func waitUntilClosed(_ count: Int) async {
        while closedConnections < count { await Task.yield() }
    }

    private func serve() {
        while true {
            let connection = accept(descriptor, nil, nil)
            guard connection >= 0 else { return }
            if readRequest(connection) {
                let answer = Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".utf8)
                _ = answer.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            }
            Glibc.close(connection)
            closed.withLock { $0 += 1 }
        }
    }

    /// Reads one request: headers, then `Content-Length` bytes of body.
    private func readRequest(_ connection: Int32) -> Bool {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return false }
            received += chunk[0..<count]
            let text = String(decoding: received, as: UTF8.self)
            guard let end = text.range(of: "\r\n\r\n") else { continue }
            let head = text[..<end.lowerBound].lowercased()
            let length = head.split(separator: "\r\n")
                .first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if received.count >= text.utf8.distance(from: text.startIndex, to: end.upperBound) + length { return true }
        }
    }
}
