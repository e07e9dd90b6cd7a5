import Glibc

/// A loopback port that refuses connections: bound but not listening. Held until released, so
/// no other test's server can take it meanwhile (a port bound and closed again could be).
final class RefusingPort {
    let port: Int
    private let descriptor: Int32

    init() throws {
        let socket = try LoopbackSocket(listens: false)
        descriptor = socket.descriptor
        port = socket.port
    }

    deinit { close(descriptor) }
}
