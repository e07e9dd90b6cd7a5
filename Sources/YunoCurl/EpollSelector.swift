import CEpoll
import Glibc
import YunoSimCore

/// One loop thread's epoll instance: the sockets curl asks to watch, and the loop's
/// ``LoopWakeup``. Knows nothing of curl or jobs (swift-nio keeps its selector apart from its
/// loop the same way).
///
/// Not `Sendable`: made for one loop thread and used only there. Curl's socket-made and
/// socket-closed callbacks reach ``sockets`` through a pointer, since they also run while the
/// multi handle is cleaned up.
final class EpollSelector {
    /// Which ways a socket is ready.
    struct Readiness {
        var readable: Bool
        var writable: Bool
        var failed: Bool
    }

    private let epoll: Int32
    private let wakeup: LoopWakeup
    /// What epoll holds for each socket (see ``SocketWatches``).
    let sockets: UnsafeMutablePointer<SocketWatches>
    private let capacity = 256
    private let events: UnsafeMutablePointer<epoll_event>

    init(wakeup: LoopWakeup) throws(InputError) {
        epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epoll >= 0 else { throw .cannotStartCurlThread(errno: errno) }
        self.wakeup = wakeup
        sockets = .allocate(capacity: 1)
        sockets.initialize(to: SocketWatches(epoll: epoll))
        events = .allocate(capacity: capacity)
        var event = epoll_event()
        event.events = EPOLLIN.rawValue
        event.data.fd = wakeup.descriptor
        epoll_ctl(epoll, EPOLL_CTL_ADD, wakeup.descriptor, &event)
    }

    deinit {
        sockets.deinitialize(count: 1)
        sockets.deallocate()
        events.deallocate()
        close(epoll)
    }

    /// Watches `socket` for reading and/or writing.
    func watch(_ socket: Int32, reading: Bool, writing: Bool) {
        var entry = sockets.pointee[socket]
        entry.wanted = true
        let events = (reading ? EPOLLIN.rawValue : 0) | (writing ? EPOLLOUT.rawValue : 0)
        if entry.events != events {
            var event = epoll_event()
            event.events = events
            event.data.fd = socket
            if entry.events == 0 || epoll_ctl(epoll, EPOLL_CTL_MOD, socket, &event) != 0 {
                if epoll_ctl(epoll, EPOLL_CTL_ADD, socket, &event) != 0, errno == EEXIST {
                    epoll_ctl(epoll, EPOLL_CTL_MOD, socket, &event)
                }
            }
            entry.events = events
        }
        sockets.pointee[socket] = entry
    }

    /// Stops watching `socket`. A connection socket stays in epoll: curl most likely wants it
    /// again for the next transfer, and the selector hears when it is closed.
    func unwatch(_ socket: Int32) {
        var entry = sockets.pointee[socket]
        entry.wanted = false
        if !entry.tracked, entry.events != 0 {
            epoll_ctl(epoll, EPOLL_CTL_DEL, socket, nil)
            entry.events = 0
        }
        sockets.pointee[socket] = entry
    }

    /// Waits up to `milliseconds` for ready sockets and hands each watched one to `ready`.
    /// Returns how many reports came for sockets no longer watched.
    func wait(milliseconds: Int32, _ ready: (Int32, Readiness) -> Void) -> Int {
        let count = epoll_wait(epoll, events, Int32(capacity), milliseconds)
        var unwanted = 0
        for index in 0..<max(0, Int(count)) {
            let event = events[index]
            let socket = event.data.fd
            if socket == wakeup.descriptor {
                // Read before the inbox is drained again, so no submission is missed.
                wakeup.drain()
                continue
            }
            if dropUnwanted(socket) {
                unwanted += 1
                continue
            }
            ready(socket, Readiness(
                readable: event.events & (EPOLLIN.rawValue | EPOLLHUP.rawValue) != 0,
                writable: event.events & EPOLLOUT.rawValue != 0,
                failed: event.events & EPOLLERR.rawValue != 0
            ))
        }
        return unwanted
    }

    /// A ready socket curl no longer watches: taken out of epoll, so a kept-alive connection
    /// the merchant closed does not wake the loop again and again. Curl finds it dead when
    /// it next looks at it.
    private func dropUnwanted(_ socket: Int32) -> Bool {
        var entry = sockets.pointee[socket]
        guard !entry.wanted else { return false }
        if entry.events != 0 {
            epoll_ctl(epoll, EPOLL_CTL_DEL, socket, nil)
            entry.events = 0
            sockets.pointee[socket] = entry
        }
        return true
    }
}
