import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// The built `yuno-sim` binary run as a child process, as a user would run it.
public enum ChildProcess {
    public struct Result: Sendable {
        public var exitCode: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The package's root folder. Children inherit the runner's working directory, which
    /// `swift test` sets to this folder, so relative paths like `scenarios/quickstart.yaml` work.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `yuno-sim` next to the test bundle, else in the package's debug build folder.
    public static let binary: String = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("yuno-sim").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/yuno-sim").path
    }()

    /// What any one run may print before the test fails rather than buffering without end.
    private static let outputLimit = 16 * 1024 * 1024

    /// Runs `yuno-sim arguments…` (or another `executable`) to completion with `stdin` as its input.
    ///
    /// The input comes from a file, not a pipe: a child that exits before reading it all (a
    /// usage error) makes swift-subprocess 1.0.2 trap on the pipe's write end
    /// (swiftlang/swift-subprocess#367), which would take the whole test process down.
    public static func run(
        _ arguments: [String], executable: String = binary, stdin: [UInt8] = [], environment: [String: String] = [:]
    ) async throws -> Result {
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-sim-stdin-\(UUID().uuidString)")
        try Data(stdin).write(to: inputFile)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        let input = try FileDescriptor.open(FilePath(inputFile.path), .readOnly)
        let result = try await Subprocess.run(
            .path(.init(executable)), arguments: Arguments(arguments), environment: self.environment(environment),
            input: .fileDescriptor(input, closeAfterSpawningProcess: true),
            output: .string(limit: outputLimit), error: .string(limit: outputLimit)
        )
        return Result(
            exitCode: exitCode(result.terminationStatus),
            stdout: result.standardOutput,
            stderr: result.standardError
        )
    }

    /// The runner's environment with `overrides`, less the credentials' environment fallbacks
    /// (`YUNO_API_KEY`…), which must not leak in from the developer's shell.
    static func environment(_ overrides: [String: String]) -> Environment {
        var merged = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("YUNO_") }
        merged.merge(overrides) { $1 }
        return .custom(Dictionary(uniqueKeysWithValues: merged.map { (Environment.Key(stringLiteral: $0.key), $0.value) }))
    }

    /// The exit code a shell reports: the code, or 128 + the signal that ended the process.
    static func exitCode(_ status: TerminationStatus) -> Int32 {
        switch status {
        case .exited(let code): code
        case .signaled(let signal): 128 + signal
        }
    }
}
