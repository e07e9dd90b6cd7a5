import Foundation

/// Writes one JSON object per attempt (JSON Lines), each flushed to the file as the attempt
/// completes, so a journal is complete up to the last finished attempt even after a crash.
///
/// Only what ``AttemptRecord`` holds is written, through a ``Redactor``: never an API key,
/// `x-secret` or HMAC secret. Lines describing a scenario (``JournalScenarioLine``) may come
/// between the attempt lines; they carry a `record` key, attempt lines do not.
public final class Journal: Sendable {
    private let handle: FileHandle
    private let closesHandle: Bool
    let redactor: Redactor
    /// Held while a line is written, so an exit taken under it never cuts a line in half.
    private let writing = NSLock()
    /// Where the lines go, for messages.
    public let path: String

    /// Creates or truncates the file at `path`.
    public init(path: String, redactor: Redactor = .none) throws(JournalError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else {
            throw JournalError(path: path, detail: "cannot create the file")
        }
        self.handle = handle
        self.closesHandle = true
        self.path = path
        self.redactor = redactor
    }

    /// Writes to an open file, such as standard output; the caller keeps it open.
    public init(handle: FileHandle, path: String, redactor: Redactor = .none) {
        self.handle = handle
        self.closesHandle = false
        self.path = path
        self.redactor = redactor
    }

    deinit {
        if closesHandle { try? handle.close() }
    }

    /// Appends `record` as one line and hands it to the operating system before returning.
    public func write(_ record: AttemptRecord) throws(JournalError) {
        try append(Self.bytes(for: record, redact: redactor))
    }

    /// Appends one complete line.
    func append(_ line: [UInt8]) throws(JournalError) {
        writing.lock()
        defer { writing.unlock() }
        do {
            try handle.write(contentsOf: line)
        } catch {
            throw JournalError(path: path, detail: "\(error.localizedDescription)")
        }
    }

    /// Runs `body` while no line is being written, so the journal ends with a whole line
    /// even when `body` ends the process.
    public func withWritesPaused(_ body: () -> Void) {
        writing.lock()
        defer { writing.unlock() }
        body()
    }

    /// The JSON object for `record`, keys in a fixed order, followed by a newline.
    public func line(for record: AttemptRecord) -> Data {
        Self.line(for: record, redact: redactor)
    }

    /// The JSON object for `record` with `redact` applied, followed by a newline.
    public static func line(for record: AttemptRecord, redact: Redactor) -> Data {
        Data(bytes(for: record, redact: redact))
    }

    /// The line as bytes, written as they are: one copy per attempt, into the file.
    static func bytes(for record: AttemptRecord, redact: Redactor) -> [UInt8] {
        var json = JSONLine()
        json.add("event_id", string: redact(record.eventID))
        json.add("type_event", string: record.typeEvent)
        json.add("attempt", integer: record.attempt)
        json.add("retry", integer: record.retry)
        json.add("planned_offset_s", decimal: record.plannedOffset.seconds)
        json.add("virtual_offset_s", decimal: record.virtualOffset.seconds)
        json.add("scenario_time_s", decimal: record.scenarioTime.seconds)
        json.add("virtual_time", date: record.virtualTime)
        json.add("wall_time", date: record.wallTime)
        json.add("url", string: redact(record.url))
        json.add("status", raw: record.status.map(String.init) ?? "null")
        json.add("outcome", string: record.isDelivered ? "delivered" : "failed")
        json.add("error", string: record.error?.shortName)
        json.add("error_detail", string: record.error.map { redact($0.detail) })
        json.add("latency_ms", decimal: record.latency.seconds * 1_000)
        json.add("signature", string: record.signature)
        return json.finished()
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
