import Foundation

/// Reads a whole input file: a regular file, and also a pipe or device such as the
/// `/dev/fd/63` of `yuno-sim run <(envsubst < drill.yaml)`, which Foundation's
/// `contents(atPath:)` refuses.
public enum FileContents {
    /// More than any scenario, journal or body this tool reads: beyond it the input is refused
    /// rather than read forever (`/dev/zero`).
    public static let maximumBytes = 1 << 30

    /// The bytes of `path`, or why they cannot be read, as a short reason such as
    /// "no such file".
    public static func read(_ path: String) -> Result<Data, Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return .failure(Failure(code: EISDIR)) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(Failure(code: errno)) }
            if count == 0 { return .success(data) }
            guard data.count + count <= maximumBytes else { return .failure(Failure(code: EFBIG)) }
            data.append(contentsOf: buffer[..<count])
        }
    }

    /// Why a file could not be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        let code: Int32

        public var description: String {
            switch code {
            case ENOENT, ENOTDIR: "no such file"
            case EACCES, EPERM: "it is not readable"
            case EISDIR: "it is a directory"
            case EFBIG: "it is larger than 1 GiB"
            default: String(cString: strerror(code))
            }
        }
    }
}
