import Foundation

/// Writes one JSON object per attempt (JSON Lines), each flushed to the file as the attempt
/// completes, so a journal is complete up to the last finished attempt even after a crash.
///
/// Only what ``AttemptRecord`` holds is written: never an API key, `x-secret` or HMAC secret.
public final class Journal: Sendable {
    private let handle: FileHandle
    private let closesHandle: Bool
    /// Where the lines go, for messages.
    public let path: String

    /// Creates or truncates the file at `path`.
    public init(path: String) throws(JournalError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else {
            throw JournalError(path: path, detail: "cannot create the file")
        }
        self.handle = handle
        self.closesHandle = true
        self.path = path
    }

    /// Writes to an open file, such as standard output; the caller keeps it open.
    public init(handle: FileHandle, path: String) {
        self.handle = handle
        self.closesHandle = false
        self.path = path
    }

    deinit {
        if closesHandle { try? handle.close() }
    }

    /// Appends `record` as one line and hands it to the operating system before returning.
    public func write(_ record: AttemptRecord) throws(JournalError) {
        do {
            try handle.write(contentsOf: bytes(for: record))
        } catch {
            throw JournalError(path: path, detail: "\(error.localizedDescription)")
        }
    }

    /// The JSON object for `record`, keys in a fixed order, followed by a newline.
    public func line(for record: AttemptRecord) -> Data {
        Data(bytes(for: record))
    }

    private func bytes(for record: AttemptRecord) -> [UInt8] {
        var json = JSONLine()
        json.add("event_id", string: record.eventID)
        json.add("type_event", string: record.typeEvent)
        json.add("attempt", integer: record.attempt)
        json.add("retry", integer: record.retry)
        json.add("planned_offset_s", decimal: record.plannedOffset.seconds)
        json.add("virtual_offset_s", decimal: record.virtualOffset.seconds)
        json.add("scenario_time_s", decimal: record.scenarioTime.seconds)
        json.add("virtual_time", date: record.virtualTime)
        json.add("wall_time", date: record.wallTime)
        json.add("url", string: record.url)
        json.add("status", raw: record.status.map(String.init) ?? "null")
        json.add("outcome", string: record.isDelivered ? "delivered" : "failed")
        json.add("error", string: record.error?.shortName)
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
