import Glibc

/// Unbuffered writes to stdout and stderr, so lines reach a pipe as they happen
/// (`print` buffers fully when stdout is not a terminal).
struct FileOutput: Sendable {
    private let descriptor: Int32

    static let standardOutput = FileOutput(descriptor: STDOUT_FILENO)
    static let standardError = FileOutput(descriptor: STDERR_FILENO)

    func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Writes `text` and a newline.
    func line(_ text: String) {
        write(text + "\n")
    }
}
