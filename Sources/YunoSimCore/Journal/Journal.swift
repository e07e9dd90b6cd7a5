import Foundation
import Synchronization

/// Writes one JSON object per attempt (JSON Lines).
///
/// Attempt lines are gathered in memory and handed to the operating system in blocks: when
/// 64 KiB are waiting, at most 100 ms after a line arrives, before a scenario line, before
/// ``withWritesPaused(_:)`` runs its body and when the journal is released. One `write` per
/// attempt cost more than building the line. A process killed outright loses at most the last
/// 100 ms of lines; an interrupted run loses none.
///
/// Only what ``AttemptRecord`` holds is written, through a ``Redactor``: never an API key,
/// `x-secret` or HMAC secret. Lines describing a scenario (``JournalScenarioLine``) may come
/// between the attempt lines; they carry a `record` key, attempt lines do not.
public final class Journal: Sendable {
    private struct Pending {
        var bytes: [UInt8] = []
        /// A failed background write, reported by the next `write` or scenario line.
        var error: JournalError?
        /// Whether a flush is on its way: one timer at a time, not one per 64 KiB block.
        var timerArmed = false
        /// The URL of the last attempt written, and its redacted form.
        var url: (text: String, redacted: String)?
    }

    /// Lines waiting for the file, flushed when this many bytes are waiting.
    static let blockSize = 64 * 1024

    private let handle: FileHandle
    /// How long a line may wait for the file.
    private let flushDelay: DispatchTimeInterval
    let redactor: Redactor
    /// Held while lines are gathered or written, so an exit taken under it never cuts a line in half.
    private let pending = Mutex(Pending())
    /// Where the lines go, for messages.
    public let path: String

    /// Creates or truncates the file at `path`; lines wait at most `flushDelay` to be written.
    public init(path: String, redactor: Redactor = .none, flushDelay: Duration = .milliseconds(100)) throws(JournalError) {
        // Opened in place, never renamed over: a device (`/dev/null`) or a link stays what it is.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw JournalError(path: path, detail: String(cString: strerror(errno)))
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        self.path = path
        self.redactor = redactor
        self.flushDelay = .milliseconds(Int(max(0, min(flushDelay.seconds * 1_000, 86_400_000)).rounded(.up)))
    }

    deinit {
        pending.withLock { _ = flush(&$0) }
        try? handle.close()
    }

    /// Appends `record` as one line. It reaches the file within 100 ms, or sooner (see the type).
    ///
    /// - Throws: the error of an earlier write that failed in the background, or of this one.
    public func write(_ record: AttemptRecord) throws(JournalError) {
        let (result, armTimer) = pending.withLock { pending -> (Result<Void, JournalError>, Bool) in
            if let error = pending.error { return (.failure(error), false) }
            // Every attempt of a run goes to the same URL: it is redacted once.
            if pending.url?.text != record.url { pending.url = (record.url, redactor(record.url)) }
            Self.append(record, url: pending.url?.redacted ?? "", redact: redactor, to: &pending.bytes)
            if pending.bytes.count >= Self.blockSize { return (flush(&pending), false) }
            // A timer armed for an earlier line fires sooner than one for this line would.
            guard !pending.timerArmed else { return (.success(()), false) }
            pending.timerArmed = true
            return (.success(()), true)
        }
        if armTimer {
            DispatchQueue.global().asyncAfter(deadline: .now() + flushDelay) { [weak self] in
                guard let self else { return }
                pending.withLock { pending in
                    pending.timerArmed = false
                    if case .failure(let error) = flush(&pending) { pending.error = error }
                }
            }
        }
        try result.get()
    }

    /// Appends one complete line straight to the file, after every line gathered before it.
    func append(_ line: [UInt8]) throws(JournalError) {
        try pending.withLock { pending throws(JournalError) in
            if let error = pending.error { throw error }
            pending.bytes.append(contentsOf: line)
            try flush(&pending).get()
        }
    }

    /// Hands every gathered line to the operating system now.
    ///
    /// - Throws: the error of an earlier write that failed in the background, or of this one.
    public func flush() throws(JournalError) {
        try pending.withLock { pending throws(JournalError) in
            if let error = pending.error { throw error }
            try flush(&pending).get()
        }
    }

    /// Runs `body` once every gathered line is in the file and while no line is being written,
    /// so the journal ends with a whole line even when `body` ends the process.
    public func withWritesPaused(_ body: () -> Void) {
        pending.withLock { pending in
            _ = flush(&pending)
            body()
        }
    }

    /// Writes what is waiting; called with the lock held.
    private func flush(_ pending: inout Pending) -> Result<Void, JournalError> {
        guard !pending.bytes.isEmpty else { return .success(()) }
        defer { pending.bytes.removeAll(keepingCapacity: true) }
        let failure = pending.bytes.withUnsafeBytes { DescriptorWrite.all($0, to: handle.fileDescriptor) }
        // The system's words (No space left on device), not Foundation's.
        return failure == 0 ? .success(()) : .failure(JournalError(path: path, detail: String(cString: strerror(failure))))
    }

    /// The JSON object for `record` with `redact` applied, keys in a fixed order, followed by a newline.
    public static func line(for record: AttemptRecord, redact: Redactor = .none) -> Data {
        var bytes: [UInt8] = []
        append(record, url: redact(record.url), redact: redact, to: &bytes)
        return Data(bytes)
    }

    /// Appends the line for `record` to `bytes`, with `url` already redacted.
    private static func append(_ record: AttemptRecord, url: String, redact: Redactor, to bytes: inout [UInt8]) {
        var json = JSONLine(appendingTo: &bytes)
        record.writeJournalMembers(url: url, redact: redact, to: &json)
        json.finish(into: &bytes)
    }
}

/// A journal file that cannot be written.
public struct JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let detail: String

    public init(path: String, detail: String) {
        self.path = path
        self.detail = detail
    }

    public var description: String { "cannot write journal \(path): \(detail)" }
}
