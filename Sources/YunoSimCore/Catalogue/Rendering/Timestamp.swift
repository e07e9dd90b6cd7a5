import Foundation

/// Writes ISO-8601 UTC timestamps with microseconds (`2024-07-19T16:31:59.528561Z`) without
/// a formatter: rendering happens for every delivery attempt.
enum Timestamp {
    /// Microseconds since 1970 for `date`, rounded down.
    static func microseconds(_ date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1_000_000).rounded(.down)
        // Dates beyond ±292,000 years cannot happen for a run's clock; clamp rather than trap.
        return Int64(exactly: value) ?? (value < 0 ? Int64.min / 2 : Int64.max / 2)
    }

    /// Bytes of a timestamp with microseconds.
    static let microsecondsCount = 27

    /// Writes the timestamp for `micros` (microseconds since 1970, UTC), with 6 decimals, and
    /// returns the pointer after its `microsecondsCount` bytes.
    @inline(__always)
    static func write(micros: Int64, at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        write(ticks: micros, perSecond: 1_000_000, digits: 6, at: start)
    }

    /// Bytes of a timestamp with milliseconds.
    static let millisecondsCount = 24

    /// Writes the timestamp of `date` with milliseconds (`2026-03-01T12:00:00.123Z`), the
    /// fraction truncated, as `Date.ISO8601FormatStyle(includingFractionalSeconds: true)`
    /// writes it without a formatter; returns the pointer after its `millisecondsCount` bytes.
    static func writeMilliseconds(_ date: Date, at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let whole = Int64(exactly: seconds) ?? 0
        let millis = min(999, Int64((date.timeIntervalSince1970 - seconds) * 1_000))
        return write(ticks: whole * 1_000 + millis, perSecond: 1_000, digits: 3, at: start)
    }

    /// Writes the timestamp `ticks` (units of 1/`perSecond` s since 1970, UTC) with `digits`
    /// decimals, `21 + digits` bytes, and returns the pointer after them.
    @inline(__always)
    private static func write(ticks: Int64, perSecond: Int64, digits: Int,
                              at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let perDay: Int64 = 86_400 * perSecond
        var days = ticks / perDay
        var remainder = ticks % perDay
        if remainder < 0 {
            remainder += perDay
            days -= 1
        }
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)

        let seconds = remainder / perSecond
        var next = ByteRun.digits(year, width: 4, at: start)
        next = ByteRun.digits(month, width: 2, at: ByteRun.byte(UInt8(ascii: "-"), at: next))
        next = ByteRun.digits(day, width: 2, at: ByteRun.byte(UInt8(ascii: "-"), at: next))
        next = ByteRun.digits(seconds / 3600, width: 2, at: ByteRun.byte(UInt8(ascii: "T"), at: next))
        next = ByteRun.digits(seconds / 60 % 60, width: 2, at: ByteRun.byte(UInt8(ascii: ":"), at: next))
        next = ByteRun.digits(seconds % 60, width: 2, at: ByteRun.byte(UInt8(ascii: ":"), at: next))
        next = ByteRun.digits(remainder % perSecond, width: digits, at: ByteRun.byte(UInt8(ascii: "."), at: next))
        return ByteRun.byte(UInt8(ascii: "Z"), at: next)
    }
}
