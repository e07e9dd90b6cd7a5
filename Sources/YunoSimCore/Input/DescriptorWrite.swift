import Glibc

/// Writes bytes to a file descriptor until all are written, through `write(2)` short writes
/// and interruptions: the one loop behind stdout and stderr, report files and the journal.
public enum DescriptorWrite {
    /// Writes all of `text`; returns 0, or the `errno` of the write that failed.
    public static func all(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { all(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Writes all of `bytes`; returns 0, or the `errno` of the write that failed.
    public static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            offset += written
        }
        return 0
    }
}
