import Foundation
import Glibc

/// A long-running child process (`yuno-sim merchant`, a test HTTPS server) whose stdout is
/// read line by line. Reads happen one at a time, on a thread of their own.
final class LineProcess: @unchecked Sendable {
    private let pid: pid_t
    private let reader: FileHandle
    private var buffered = Data()

    /// Runs `yuno-sim arguments…`, or `executable arguments…` when given. Its standard output
    /// is read, or its standard error when `readingStandardError` (the other goes to /dev/null).
    init(_ arguments: [String], executable: String = ChildProcess.binary, readingStandardError: Bool = false) throws {
        var fds: [Int32] = [0, 0]
        // Close-on-exec, so no other child inherits the write end and keeps the pipe open.
        guard pipe(&fds) == 0 else { throw ChildProcess.SpawnError(code: errno) }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], readingStandardError ? 2 : 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addopen(&actions, readingStandardError ? 1 : 2, "/dev/null", O_WRONLY, 0)
        pid = try ChildProcess.spawn(arguments, executable: executable, actions: &actions, environment: [:])
        close(fds[1])
        reader = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)
    }

    /// The next line the merchant prints; blocks until it arrives, `nil` at end of output.
    func nextLine() async -> String? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { [self] in continuation.resume(returning: self.readLine()) }
        }
    }

    private func readLine() -> String? {
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffered[buffered.startIndex..<newline], as: UTF8.self)
                buffered = Data(buffered[buffered.index(after: newline)...])
                return line
            }
            let chunk = reader.availableData
            if chunk.isEmpty { return nil }
            buffered.append(chunk)
        }
    }

    /// Waits for the process to exit on its own and returns the exit code.
    func finish() async -> Int32 {
        let (status, _) = await ChildProcess.waitInBackground(pid)
        return ChildProcess.exitCode(status)
    }

    /// Sends SIGINT and returns at once.
    func sendInterrupt() {
        kill(pid, SIGINT)
    }

    /// Sends SIGINT and returns the exit code.
    func interrupt() async -> Int32 {
        kill(pid, SIGINT)
        let (status, _) = await ChildProcess.waitInBackground(pid)
        return ChildProcess.exitCode(status)
    }
}
