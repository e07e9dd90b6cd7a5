import Foundation
import Glibc

/// The built `yuno-sim` binary run as a child process, as a user would run it.
struct ChildProcess {
    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
        /// Peak resident memory of the child, from wait4's rusage.
        var maxResidentKiB: Int
    }

    /// The package's root folder. Children inherit the runner's working directory, which
    /// `swift test` sets to this folder, so relative paths like `scenarios/quickstart.yaml` work.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `yuno-sim` next to the test bundle, else in the package's debug build folder.
    static let binary: String = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("yuno-sim").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/yuno-sim").path
    }()

    /// Runs `yuno-sim arguments…` to completion with `stdin` as its input.
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:]) async throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-sim-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("stdin").path
        let output = directory.appendingPathComponent("stdout").path
        let errors = directory.appendingPathComponent("stderr").path
        try Data(stdin).write(to: URL(fileURLWithPath: input))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let pid = try spawn(arguments, actions: &actions, environment: environment)
        let (status, usage) = await waitInBackground(pid)
        return Result(
            exitCode: exitCode(status),
            stdout: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "",
            maxResidentKiB: usage.ru_maxrss
        )
    }

    static func spawn(
        _ arguments: [String],
        executable: String = binary,
        actions: inout posix_spawn_file_actions_t,
        environment: [String: String]
    ) throws -> pid_t {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var merged = ProcessInfo.processInfo.environment
        // The credentials' environment fallbacks must not leak in from the developer's shell.
        for key in ["YUNO_API_KEY", "YUNO_SECRET", "YUNO_HMAC_SECRET", "YUNO_OAUTH2_CLIENT_SECRET"] { merged[key] = nil }
        merged.merge(environment) { $1 }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        // Children start with default signal handling and no blocked signals, as from a shell:
        // the spawning thread may be one of the runtime's, which block most signals.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        return pid
    }

    /// Waits for `pid` on a thread of its own, so no Swift concurrency thread blocks.
    static func waitInBackground(_ pid: pid_t) async -> (Int32, rusage) {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var status: Int32 = 0
                var usage = rusage()
                while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
                continuation.resume(returning: (status, usage))
            }
        }
    }

    static func exitCode(_ status: Int32) -> Int32 {
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as functions.
        status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    struct SpawnError: Error { var code: Int32 }
}
