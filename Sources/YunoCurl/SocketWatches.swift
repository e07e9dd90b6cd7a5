import CEpoll
import Glibc

/// What the loop's epoll instance holds for each socket, indexed by descriptor.
///
/// Between two transfers on a kept-alive connection curl stops watching its socket and then
/// watches it again for the same events. For connection sockets, whose opening and closing
/// the loop hears of from curl's callbacks (``opened(_:)``, ``closed(_:)``), the registration
/// is kept while curl does not want it, so that costs no system call; an event on such a
/// socket is dropped then (and the registration with it). Other sockets (a resolver's, say)
/// are removed from epoll as soon as curl stops watching them.
struct SocketWatches {
    struct Entry {
        /// The events epoll watches for; 0 when the socket is not in epoll.
        var events: UInt32 = 0
        /// Whether curl watches the socket now.
        var wanted = false
        /// A connection socket the loop saw opened and will see closed.
        var tracked = false
    }

    private var entries: [Entry] = []
    /// The epoll instance the entries describe.
    private let epoll: Int32

    init(epoll: Int32) {
        self.epoll = epoll
    }

    /// A connection socket curl has just made. It is not inherited by programs this process
    /// starts: a child holding it would also keep it in epoll after curl closes it.
    mutating func opened(_ socket: Int32) {
        _ = fcntl(socket, F_SETFD, FD_CLOEXEC)
        self[socket] = Entry(tracked: true)
    }

    /// A connection socket about to be closed: taken out of epoll first. Closing it does that
    /// only when no other process holds it (a child forked meanwhile may, until it execs),
    /// and a registration left behind would report on every turn of the loop.
    mutating func closed(_ socket: Int32) {
        if self[socket].events != 0 {
            epoll_ctl(epoll, EPOLL_CTL_DEL, socket, nil)
        }
        self[socket] = Entry()
    }

    subscript(socket: Int32) -> Entry {
        get { socket >= 0 && Int(socket) < entries.count ? entries[Int(socket)] : Entry() }
        set {
            guard socket >= 0 else { return }
            let index = Int(socket)
            if index >= entries.count {
                entries.append(contentsOf: repeatElement(Entry(), count: index + 1 - entries.count))
            }
            entries[index] = newValue
        }
    }
}
