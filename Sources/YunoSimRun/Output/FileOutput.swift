import Glibc
import YunoSimCore

/// Unbuffered writes to stdout and stderr, so lines reach a pipe as they happen
/// (`print` buffers fully when stdout is not a terminal).
public struct FileOutput: Sendable {
    private let descriptor: Int32

    public static let standardOutput = FileOutput(descriptor: STDOUT_FILENO)
    public static let standardError = FileOutput(descriptor: STDERR_FILENO)

    /// Writes to `descriptor`, which the caller keeps open (a test's file, say).
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func write(_ text: String) {
        // A closed pipe or full disk on stdout or stderr has no one left to tell.
        _ = DescriptorWrite.all(text, to: descriptor)
    }

    /// Writes `text` and a newline.
    public func line(_ text: String) {
        write(text + "\n")
    }
}
