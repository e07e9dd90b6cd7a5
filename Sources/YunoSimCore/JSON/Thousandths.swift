import Foundation

/// A number rounded to three decimals: seconds to the millisecond, milliseconds to the
/// microsecond. The journal, the reports and `check` all round through it, then write it in
/// the style each has always had, as scripts read it: 2 and 0.25 are `2.0`, `0.25` in `check`
/// (``value``), `2`, `0.25` in reports (``json``), `2`, `0.250` in the journal (``writeFixed(at:)``).
struct Thousandths {
    /// The number times 1,000, rounded half away from zero: a whole number.
    let scaled: Double

    init(_ number: Double) { scaled = (number * 1_000).rounded() }

    /// The rounded number.
    var value: Double { scaled / 1_000 }

    /// As a JSON number: whole without a fraction (`2`), others as short as they read back (`0.25`).
    var json: JSONValue { JSONValue(number: value) }

    /// Whether ``writeFixed(at:)`` writes it: below 10^12 in magnitude, where every thousandth
    /// is exact (in at most 24 bytes). Beyond, ``fixedText`` does.
    var isFixedExact: Bool { abs(scaled) < 1e15 }

    /// Writes the journal's style, whole without a fraction (`2`), others with exactly three
    /// decimals (`0.250`, `-3.142`), through a pointer (a journal line is made for every
    /// attempt) and returns the pointer after it. Only when ``isFixedExact``.
    func writeFixed(at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let count = Int64(scaled)
        guard count % 1_000 != 0 else { return ByteRun.integer(count / 1_000, at: start) }
        var cursor = count < 0 ? ByteRun.byte(UInt8(ascii: "-"), at: start) : start
        cursor = ByteRun.integer(abs(count) / 1_000, at: cursor)
        cursor = ByteRun.byte(UInt8(ascii: "."), at: cursor)
        return ByteRun.digits(abs(count) % 1_000, width: 3, at: cursor)
    }

    /// The journal's style beyond ``isFixedExact``: three decimals, always.
    var fixedText: String { String(format: "%.3f", value) }
}
