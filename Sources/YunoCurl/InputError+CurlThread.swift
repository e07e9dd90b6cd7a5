import Glibc
import YunoSimCore

extension InputError {
    /// A loop thread could not get a descriptor or memory: a low `ulimit -n` with many threads.
    static func cannotStartCurlThread(errno: Int32) -> InputError {
        InputError("cannot start a curl thread: \(String(cString: strerror(errno))); raise the limit on open files (ulimit -n) or use fewer --curl-threads")
    }
}
