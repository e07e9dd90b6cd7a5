import Glibc

/// A loopback TCP socket that listens but never accepts or answers: the kernel completes the
/// handshake, the request is written into the backlog, and no answer ever comes.
final class SilentListener {
    let port: Int
    private let descriptor: Int32

    init() throws {
        let socket = try LoopbackSocket()
        descriptor = socket.descriptor
        port = socket.port
    }

    deinit { close(descriptor) }
}
