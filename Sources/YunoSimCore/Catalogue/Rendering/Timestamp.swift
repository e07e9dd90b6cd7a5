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

    /// Appends the timestamp for `micros` (microseconds since 1970, UTC).
    static func write(micros: Int64, to out: inout [UInt8]) {
        let perDay: Int64 = 86_400_000_000
        var days = micros / perDay
        var remainder = micros % perDay
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

        let seconds = remainder / 1_000_000
        pad(year, 4, &out)
        out.append(UInt8(ascii: "-"))
        pad(month, 2, &out)
        out.append(UInt8(ascii: "-"))
        pad(day, 2, &out)
        out.append(UInt8(ascii: "T"))
        pad(seconds / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        pad(seconds / 60 % 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        pad(seconds % 60, 2, &out)
        out.append(UInt8(ascii: "."))
        pad(remainder % 1_000_000, 6, &out)
        out.append(UInt8(ascii: "Z"))
    }

    /// Appends `value` as exactly `width` decimal digits (zero-padded; `value` is not negative).
    @inline(__always)
    static func pad(_ value: Int64, _ width: Int, _ out: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        var value = max(0, value) % (divisor * 10)
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor))
            value %= divisor
            divisor /= 10
        }
    }
}
