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
    private let timeFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

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
            try handle.write(contentsOf: line(for: record))
        } catch {
            throw JournalError(path: path, detail: "\(error.localizedDescription)")
        }
    }

    /// The JSON object for `record`, keys in a fixed order, followed by a newline.
    public func line(for record: AttemptRecord) -> Data {
        var json = JSONLine()
        json.add("event_id", string: record.eventID)
        json.add("type_event", string: record.typeEvent)
        json.add("attempt", raw: String(record.attempt))
        json.add("retry", raw: String(record.retry))
        json.add("planned_offset_s", raw: Self.seconds(record.plannedOffset))
        json.add("virtual_offset_s", raw: Self.seconds(record.virtualOffset))
        json.add("scenario_time_s", raw: Self.seconds(record.scenarioTime))
        json.add("virtual_time", string: record.virtualTime.formatted(timeFormat))
        json.add("wall_time", string: record.wallTime.formatted(timeFormat))
        json.add("url", string: record.url)
        json.add("status", raw: record.status.map(String.init) ?? "null")
        json.add("outcome", string: record.isDelivered ? "delivered" : "failed")
        json.add("error", string: record.error?.shortName)
        json.add("error_detail", string: record.error?.detail)
        json.add("latency_ms", raw: Self.decimal(record.latency.seconds * 1_000))
        json.add("signature", string: record.signature)
        return json.finished()
    }

    private static func seconds(_ duration: Duration) -> String {
        decimal(duration.seconds)
    }

    /// Whole numbers without a fraction, others with up to three decimals.
    private static func decimal(_ value: Double) -> String {
        let rounded = (value * 1_000).rounded() / 1_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(format: "%.3f", rounded)
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
