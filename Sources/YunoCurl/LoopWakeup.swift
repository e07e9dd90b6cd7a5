import CEpoll
import Glibc
import YunoSimCore

/// The eventfd that wakes a loop thread from `epoll_wait`: signalled from any thread, read by
/// the loop's ``EpollSelector``. Owned by the ``CurlEventLoop`` that others submit to, and
/// closed only when it goes, so a late ``signal()`` never writes to a descriptor reused since.
final class LoopWakeup: Sendable {
    let descriptor: Int32

    init() throws(InputError) {
        descriptor = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard descriptor >= 0 else { throw .cannotStartCurlThread(errno: errno) }
    }

    deinit {
        close(descriptor)
    }

    /// Wakes the loop; any thread.
    func signal() {
        var one: UInt64 = 1
        _ = write(descriptor, &one, 8)
    }

    /// Takes the pending signals; on the loop's thread, before it looks at its inbox again.
    func drain() {
        var value: UInt64 = 0
        _ = read(descriptor, &value, 8)
    }
}
