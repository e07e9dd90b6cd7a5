import Foundation
import Testing
@testable import YunoSimCore

/// A golden file of rendered bodies, one a line, under `Fixtures/Bodies`. `check` records one
/// issue for the first render that differs, with its JSON path and the bytes around it.
struct GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Bodies")
    static let updating = ProcessInfo.processInfo.environment["YUNO_UPDATE_GOLDEN"] == "1"

    var name: String
    var url: URL { Self.folder.appendingPathComponent("\(name).jsonl") }

    func check(_ renders: [(label: String, bytes: [UInt8])], sourceLocation: SourceLocation = #_sourceLocation) throws {
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(renders.flatMap { $0.bytes + [0x0A] }).write(to: url)
            return
        }
        let golden = try Data(contentsOf: url).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
        #expect(golden.count == renders.count, "\(name): \(golden.count) golden renders, \(renders.count) now",
                sourceLocation: sourceLocation)
        for (render, expected) in zip(renders, golden) where render.bytes != expected {
            Issue.record(Comment(rawValue: "\(name), \(render.label): \(Self.difference(golden: expected, now: render.bytes))"),
                         sourceLocation: sourceLocation)
            return
        }
    }

    /// Where two renders part: the JSON path of the first differing value and the bytes around
    /// the first differing byte in each.
    static func difference(golden: [UInt8], now: [UInt8]) -> String {
        let offset = zip(golden, now).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(golden.count, now.count)
        func excerpt(_ bytes: [UInt8]) -> String {
            let start = max(0, offset - 40), end = min(bytes.count, offset + 40)
            return "…" + String(decoding: bytes[start..<end], as: UTF8.self) + "…"
        }
        let path: String
        if let old = try? JSONParser.parse(golden), let new = try? JSONParser.parse(now) {
            path = firstDifferingPath(old, new, at: "") ?? "(same values, different bytes)"
        } else {
            path = "(not JSON)"
        }
        return "first difference at byte \(offset), path \(path)\n  golden: \(excerpt(golden))\n  now:    \(excerpt(now))"
    }

    private static func firstDifferingPath(_ old: JSONValue, _ new: JSONValue, at path: String) -> String? {
        switch (old, new) {
        case (.object(let a), .object(let b)):
            if a.keys != b.keys { return "\(path) (keys \(a.keys) became \(b.keys))" }
            for (key, value) in a {
                if let found = b[key].flatMap({ firstDifferingPath(value, $0, at: "\(path).\(key)") }) { return found }
            }
            return nil
        case (.array(let a), .array(let b)):
            if a.count != b.count { return "\(path) (\(a.count) elements became \(b.count))" }
            for (index, pair) in zip(a, b).enumerated() {
                if let found = firstDifferingPath(pair.0, pair.1, at: "\(path).\(index)") { return found }
            }
            return nil
        default:
            return old == new ? nil : path.isEmpty ? "(the whole body)" : path
        }
    }
}
