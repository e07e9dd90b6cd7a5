import Foundation

/// Builds one flat JSON object on one line, keys in the order they are added.
///
/// Writes bytes directly, without Foundation formatters: a journal line is made for every
/// attempt. The line is appended to a buffer the caller owns (the journal's pending block), so
/// it is written once, where it stays until it goes to the file.
struct JSONLine {
    private var bytes: [UInt8] = []
    /// Where this object's `{` is in `bytes`.
    private let start: Int

    /// Starts an object at the end of `buffer`, which is moved in (not copied) until
    /// ``finish(into:)`` moves it back.
    init(appendingTo buffer: inout [UInt8]) {
        swap(&bytes, &buffer)
        start = bytes.count
        bytes.append(UInt8(ascii: "{"))
    }

    /// Adds `key` with a value already in JSON syntax (a number, `null`).
    mutating func add(_ key: StaticString, raw value: String) {
        addKey(key)
        bytes.append(contentsOf: value.utf8)
    }

    /// Adds `key` with `value` as a JSON string, or `null`.
    mutating func add(_ key: StaticString, string value: String?) {
        addKey(key)
        if let value {
            JSONValue.writeString(value, to: &bytes)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    /// Adds `key` with `value` as a whole number.
    mutating func add(_ key: StaticString, integer value: Int) {
        addKey(key)
        JSONValue.writeInteger(Int64(value), to: &bytes)
    }

    /// Adds `key` with `value` as a whole number, or `null`.
    mutating func add(_ key: StaticString, integer value: Int?) {
        guard let value else { return add(key, raw: "null") }
        add(key, integer: value)
    }

    /// Adds `key` with `value` rounded to three decimals: a whole number without a fraction,
    /// others with exactly three decimals (`1`, `0.250`, `-3.142`).
    mutating func add(_ key: StaticString, decimal value: Double) {
        addKey(key)
        let thousandths = (value * 1_000).rounded()
        guard abs(thousandths) < 1e15 else {
            bytes.append(contentsOf: String(format: "%.3f", thousandths / 1_000).utf8)
            return
        }
        let whole = Int64(thousandths)
        if whole % 1_000 == 0 {
            JSONValue.writeInteger(whole / 1_000, to: &bytes)
            return
        }
        if whole < 0 { bytes.append(UInt8(ascii: "-")) }
        JSONValue.writeInteger(abs(whole) / 1_000, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        Timestamp.pad(abs(whole) % 1_000, 3, &bytes)
    }

    /// Adds `key` with `date` as an ISO-8601 UTC string with milliseconds.
    mutating func add(_ key: StaticString, date: Date) {
        addKey(key)
        bytes.append(UInt8(ascii: "\""))
        Timestamp.writeMilliseconds(date, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Closes the object, ends the line and moves the buffer back into `buffer`.
    consuming func finish(into buffer: inout [UInt8]) {
        bytes.append(UInt8(ascii: "}"))
        bytes.append(UInt8(ascii: "\n"))
        swap(&bytes, &buffer)
    }

    /// Keys are literals written in this module (plain ASCII, nothing to escape), so they are
    /// copied whole.
    private mutating func addKey(_ key: StaticString) {
        if bytes.count > start + 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }
}
