import Foundation
import Glibc
import YunoSimRun

/// A temporary file that stands in for stdout or stderr, read back after the run.
final class CapturedOutput {
    private let path = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-output-\(UUID().uuidString)").path
    private let descriptor: Int32

    init() {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// Where the code under test writes.
    var output: FileOutput { FileOutput(descriptor: descriptor) }

    /// Everything written so far.
    var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
}
