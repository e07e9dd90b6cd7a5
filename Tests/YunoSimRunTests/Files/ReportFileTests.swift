import Foundation
import Testing
import YunoSimCore
import YunoSimRun

/// Where reports go: checked before anything is sent, written whole, links kept.
@Suite struct ReportFileTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-reportfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as InputError { return error.message } catch { return "\(error)" }
        return nil
    }

    @Test func aReportThatCannotBeWrittenIsRefused() throws {
        let input = folder.appendingPathComponent("scenario.yaml").path
        try Data("version: 1\n".utf8).write(to: URL(fileURLWithPath: input))
        for (files, message) in [
            (ReportFiles(junit: input), "it is also \(input), which it would overwrite"),
            (ReportFiles(html: FileManager.default.temporaryDirectory.path), "it is a directory"),
            (ReportFiles(json: "/nonexistent-folder/r.json"), "/nonexistent-folder is not a writable folder"),
            // A folder no file can be made in, though access() tells root it is writable.
            (ReportFiles(junit: "/proc/version"), "cannot write report /proc/version: /proc is not a writable folder"),
            // Two reports in one file would overwrite each other.
            (ReportFiles(junit: folder.appendingPathComponent("r").path, json: folder.appendingPathComponent("r").path), "which it would overwrite"),
        ] {
            let refusal = self.message { try files.checkWritable(inputs: [input]) }
            #expect(refusal?.contains(message) == true, "\(refusal ?? "accepted")")
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "version: 1\n")
        // The check leaves nothing behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["scenario.yaml"])
    }

    @Test func aReportPathThatIsALinkStaysALink() throws {
        let target = folder.appendingPathComponent("report.json")
        let link = folder.appendingPathComponent("latest.json")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        try ReportFile.check(link.path, what: "report")
        try ReportFile.write("{}", to: link.path, what: "report")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "{}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["latest.json", "report.json"])

        // A link to a file not made yet is followed too, and one into a missing folder refused.
        let pending = folder.appendingPathComponent("pending.json")
        let dangling = folder.appendingPathComponent("dangling.json")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: pending.path)
        try ReportFile.check(dangling.path, what: "report")
        try ReportFile.write("{}", to: dangling.path, what: "report")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling.path) == pending.path)
        #expect(try String(contentsOf: pending, encoding: .utf8) == "{}")
        let nowhere = folder.appendingPathComponent("nowhere.json")
        try FileManager.default.createSymbolicLink(atPath: nowhere.path, withDestinationPath: folder.appendingPathComponent("missing/x.json").path)
        #expect(message { try ReportFile.check(nowhere.path, what: "report") }?.contains("is not a writable folder") == true)
    }

    @Test func aDeviceIsWrittenInPlaceAndNeverRemovedAsStale() throws {
        try ReportFile.check("/dev/null", what: "report")
        try ReportFile.write("{}", to: "/dev/null", what: "report")
        ReportFile.removeStale("/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func staleReportsAreRemovedLinksFollowed() throws {
        let target = folder.appendingPathComponent("junit.xml")
        let link = folder.appendingPathComponent("latest.xml")
        try Data("<testsuites failures=\"0\"/>".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        ReportFiles(junit: link.path).removeStale()
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
