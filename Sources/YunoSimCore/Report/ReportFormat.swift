import Foundation

/// How reports write times and durations, the same way the journal does.
enum ReportFormat {
    /// ISO 8601 with milliseconds, UTC.
    static let time = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Seconds as a JSON number: whole seconds without a fraction, others to the millisecond.
    static func seconds(_ duration: Duration) -> JSONValue {
        Thousandths(duration.seconds).json
    }

    /// Milliseconds as a JSON number, to the microsecond.
    static func milliseconds(_ duration: Duration) -> JSONValue {
        Thousandths(duration.seconds * 1_000).json
    }

    /// `1.234 ms`, `12.3 ms`, `1.20 s`.
    static func latency(_ duration: Duration) -> String {
        let milliseconds = duration.seconds * 1_000
        if milliseconds >= 1_000 { return String(format: "%.2f s", milliseconds / 1_000) }
        return String(format: milliseconds >= 10 ? "%.1f ms" : "%.3f ms", milliseconds)
    }
}
