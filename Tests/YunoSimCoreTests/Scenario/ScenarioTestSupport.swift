import Foundation
import YunoSimCore

/// Parsing helpers shared by the scenario tests: a fixed environment, the real event list.
enum ScenarioTestSupport {
    static let environment = ["YUNO_TEST_SECRET": "s3cr3t-from-env", "YUNO_TEST_EMPTY": ""]

    static let parser = ScenarioParser(environment: environment)

    /// The diagnostics for `text` read as `file`, or `[]` when it parses.
    static func problems(_ text: String, file: String = "drill.yaml") -> [String] {
        do {
            _ = try parser.parse(text, file: file)
            return []
        } catch {
            return error.lines
        }
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every file in `scenarios/`.
    static func shippedScenarios() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("scenarios")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml", "json"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
