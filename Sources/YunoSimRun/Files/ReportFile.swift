import Foundation
import Glibc
import YunoSimCore

/// Where a report or journal file goes: checked before anything is sent, and written so that a
/// reader never sees half a file, without ever replacing what the path names by something else.
/// A symbolic link is followed; a device or pipe (`/dev/stdout`) is written in place, not
/// renamed over, which would turn `/dev/null` into a regular file for a root user.
public enum ReportFile {
    /// Fails when `path` cannot be written: a directory, a missing or read-only folder, or one
    /// of `inputs` (a scenario or journal the command reads, which it would overwrite).
    public static func check(_ path: String, what: String, inputs: [String] = []) throws(InputError) {
        let target = resolved(path)
        var info = stat()
        let exists = stat(target, &info) == 0
        for input in inputs {
            var other = stat()
            let sameFile = exists && stat(input, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino
            if sameFile || resolved(input) == target {
                throw InputError("cannot write \(what) \(path): it is also \(input), which it would overwrite")
            }
        }
        if exists {
            if info.st_mode & S_IFMT == S_IFDIR {
                throw InputError("cannot write \(what) \(path): it is a directory")
            }
            if info.st_mode & S_IFMT != S_IFREG { return }
        }
        // The file is written through a temporary one beside it: make one now. (Asking access()
        // says yes to root, also in /proc, and the run then failed after sending everything.)
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let probe = temporaryName(for: target)
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw InputError("cannot write \(what) \(path): \(folder) is not a writable folder (\(String(cString: strerror(errno))))")
        }
        close(descriptor)
        unlink(probe)
    }

    /// Removes the regular file at `path`, left by an earlier run: a run that is killed before
    /// it writes its reports leaves none behind rather than an earlier run's.
    public static func removeStale(_ path: String) {
        let target = resolved(path)
        var info = stat()
        guard stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        unlink(target)
    }

    /// Writes `text` to `path`: a regular file through a temporary file renamed over it, any
    /// other existing file (a device, a pipe) in place.
    public static func write(_ text: String, to path: String, what: String) throws(InputError) {
        let target = resolved(path)
        var info = stat()
        let isSpecial = stat(target, &info) == 0 && info.st_mode & S_IFMT != S_IFREG
        let destination = isSpecial ? target : temporaryName(for: target)
        let flags = isSpecial ? O_WRONLY | O_TRUNC | O_CLOEXEC : O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        let descriptor = open(destination, flags, 0o644)
        guard descriptor >= 0 else { throw failure(what, path, errno) }
        var problem = DescriptorWrite.all(text, to: descriptor)
        if close(descriptor) != 0, problem == 0 { problem = errno }
        if problem == 0, !isSpecial, rename(destination, target) != 0 { problem = errno }
        if problem != 0 {
            if !isSpecial { unlink(destination) }
            throw failure(what, path, problem)
        }
    }

    /// `path` with symbolic links followed, so that a link keeps pointing where it did, even to
    /// a file not made yet (Foundation leaves such a dangling link unresolved).
    private static func resolved(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { break }
            let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/")
                ? target
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path
        }
        return URL(fileURLWithPath: current).resolvingSymlinksInPath().path
    }

    private static func temporaryName(for target: String) -> String {
        let url = URL(fileURLWithPath: target)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    }

    private static func failure(_ what: String, _ path: String, _ code: Int32) -> InputError {
        InputError("cannot write \(what) \(path): \(String(cString: strerror(code)))")
    }
}
