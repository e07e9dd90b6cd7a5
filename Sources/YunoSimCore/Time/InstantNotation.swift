import Foundation

/// Reads an ISO-8601 instant as scenarios and `--at` write it, strictly:
/// `2026-03-01T12:00:00Z`, with optional fractional seconds and a `Z` or `±hh:mm` offset.
/// Foundation's formatter reads `2026-02-30` as March 2 and a five-digit year as a four-digit
/// one; here each field must be in range.
public enum InstantNotation {
    /// Years a run's clock may start in: far enough from the ends of what dates can print with
    /// four digits for a drill's decades of offsets.
    public static let years = 1970...9900

    public static func parse(_ text: String) throws(InputError) -> Date {
        let bytes = Array(text.utf8)
        func fail(_ why: String = "write it like 2026-03-01T12:00:00Z") -> InputError {
            InputError("'\(text)' is not an ISO-8601 instant; \(why)")
        }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ index: Int, is expected: Character) -> Bool {
            index < bytes.count && bytes[index] == expected.asciiValue
        }
        guard let year = number(0..<4), byte(4, is: "-"), let month = number(5..<7), byte(7, is: "-"),
              let day = number(8..<10), byte(10, is: "T") || byte(10, is: "t"),
              let hour = number(11..<13), byte(13, is: ":"), let minute = number(14..<16), byte(16, is: ":"),
              let second = number(17..<19)
        else { throw fail() }
        var index = 19
        var fraction = 0.0
        if byte(index, is: ".") {
            var scale = 0.1
            index += 1
            let start = index
            while let digit = number(index..<index + 1) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { throw fail() }
        }
        var offsetMinutes = 0
        if byte(index, is: "Z") || byte(index, is: "z") {
            index += 1
        } else if byte(index, is: "+") || byte(index, is: "-") {
            guard let hours = number(index + 1..<index + 3), byte(index + 3, is: ":"),
                  let minutes = number(index + 4..<index + 6), hours <= 23, minutes <= 59
            else { throw fail("its offset must be like +02:00") }
            offsetMinutes = (hours * 60 + minutes) * (byte(index, is: "-") ? -1 : 1)
            index += 6
        } else {
            throw fail("end it with Z (UTC) or an offset like +02:00")
        }
        guard index == bytes.count else { throw fail() }
        guard years.contains(year) else { throw fail("its year must be from \(years.lowerBound) to \(years.upperBound)") }
        guard (1...12).contains(month) else { throw fail("its month must be from 01 to 12") }
        guard (1...daysIn(month: month, year: year)).contains(day) else {
            throw fail("\(year)-\(month < 10 ? "0" : "")\(month) has no day \(day)")
        }
        guard hour <= 23, minute <= 59, second <= 59 else { throw fail("its time of day is out of range") }
        let days = daysSince1970(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days-from-civil.
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
