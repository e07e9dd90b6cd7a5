import Foundation
import Glibc

extension ChildProcess {
    /// A run with the child's peak resident memory, from wait4's rusage.
    public struct MeasuredResult: Sendable {
        public var exitCode: Int32
        public var stdout: String
        /// Peak resident memory of the child.
        public var maxResidentKiB: Int
    }

    /// Runs `yuno-sim arguments…` to completion and measures its peak memory. swift-subprocess
    /// reaps its children itself (waitid) and reports no resource usage, so this one run is
    /// spawned and reaped here; its stdin is empty and its stderr discarded.
    public static func runMeasuringMemory(_ arguments: [String]) async throws -> MeasuredResult {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-sim-test-\(UUID().uuidString)").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("YUNO_") }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        let child = pid
        // Waited for on a thread of its own, so no Swift concurrency thread blocks.
        let (status, usage) = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var status: Int32 = 0
                var usage = rusage()
                while wait4(child, &status, 0, &usage) < 0, errno == EINTR {}
                continuation.resume(returning: (status, usage))
            }
        }
        return MeasuredResult(
            // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as functions.
            exitCode: status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            stdout: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "",
            maxResidentKiB: usage.ru_maxrss
        )
    }

    public struct SpawnError: Error { public var code: Int32 }
}
