import Foundation

/// Runs the built `yuno-sim` binary as a child process and captures what it prints.
struct BuiltCommand {
    let status: Int32
    let standardOutput: String
    let standardError: String

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (`swift test` builds it, since the test target
    /// depends on it), else in `.build/debug` under the package root.
    static var executable: URL {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("yuno-sim")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/yuno-sim")
    }

    /// Runs `yuno-sim arguments…` from the package root with `environment` (the test's own
    /// when `nil`) and waits for it to exit.
    static func run(_ arguments: [String], environment: [String: String]? = nil) async throws -> BuiltCommand {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Drain both pipes at once so a full stderr cannot block the child.
        let errorReader = Task.detached { error.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = await errorReader.value
        process.waitUntilExit()
        return BuiltCommand(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }
}
