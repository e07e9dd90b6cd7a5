import Foundation

/// Builds one flat JSON object on one line, keys in the order they are added.
///
/// Writes bytes directly, without Foundation formatters: a journal line is made for every
/// attempt. The line is appended to a buffer the caller owns (the journal's pending block), so
/// it is written once, where it stays until it goes to the file. Each field (key and value) is
/// written through a pointer and appended in one piece: appending byte by byte costs a
/// capacity and uniqueness check per byte.
struct JSONLine: JSONMemberWriter {
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
        var value = value
        value.withUTF8 { utf8 in
            field(key, atMost: utf8.count) { cursor in
                guard let base = utf8.baseAddress else { return cursor }
                cursor.update(from: base, count: utf8.count)
                return cursor + utf8.count
            }
        }
    }

    /// Adds `key` with `value` as a JSON string, or `null`.
    mutating func add(_ key: StaticString, string value: String?) {
        guard var value else { return add(key, raw: "null") }
        value.withUTF8 { utf8 in
            field(key, atMost: utf8.count * JSONValue.maxEscapedCount + 2) { cursor in
                var cursor = ByteRun.byte(UInt8(ascii: "\""), at: cursor)
                cursor = JSONValue.writeEscaped(utf8, at: cursor)
                return ByteRun.byte(UInt8(ascii: "\""), at: cursor)
            }
        }
    }

    /// Adds `key` with `value` as a whole number, or `null`.
    mutating func add(_ key: StaticString, integer value: Int?) {
        guard let value else { return add(key, raw: "null") }
        field(key, atMost: 20) { cursor in ByteRun.integer(Int64(value), at: cursor) }
    }

    /// Adds `key` with `value` rounded to three decimals: a whole number without a fraction,
    /// others with exactly three decimals (`1`, `0.250`, `-3.142`).
    mutating func add(_ key: StaticString, decimal value: Double) {
        let number = Thousandths(value)
        guard number.isFixedExact else { return add(key, raw: number.fixedText) }
        field(key, atMost: 24) { cursor in number.writeFixed(at: cursor) }
    }

    /// Adds `key` with `date` as an ISO-8601 UTC string with milliseconds.
    mutating func add(_ key: StaticString, date: Date) {
        field(key, atMost: Timestamp.millisecondsCount + 2) { cursor in
            var cursor = ByteRun.byte(UInt8(ascii: "\""), at: cursor)
            cursor = Timestamp.writeMilliseconds(date, at: cursor)
            return ByteRun.byte(UInt8(ascii: "\""), at: cursor)
        }
    }

    /// Closes the object, ends the line and moves the buffer back into `buffer`.
    consuming func finish(into buffer: inout [UInt8]) {
        bytes.append(UInt8(ascii: "}"))
        bytes.append(UInt8(ascii: "\n"))
        swap(&bytes, &buffer)
    }

    /// Appends `,"key":` and the value `write` puts after it, at most `atMost` bytes. Keys are
    /// literals written in this module (plain ASCII, nothing to escape), so they are copied whole.
    private mutating func field(
        _ key: StaticString, atMost valueCount: Int,
        _ write: (UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>
    ) {
        let capacity = key.utf8CodeUnitCount + 4 + valueCount
        let comma = bytes.count > start + 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            guard let base = buffer.baseAddress else { return }
            var cursor = comma ? ByteRun.byte(UInt8(ascii: ","), at: base) : base
            cursor = ByteRun.byte(UInt8(ascii: "\""), at: cursor)
            cursor.update(from: key.utf8Start, count: key.utf8CodeUnitCount)
            cursor += key.utf8CodeUnitCount
            cursor = ByteRun.byte(UInt8(ascii: "\""), at: cursor)
            cursor = ByteRun.byte(UInt8(ascii: ":"), at: cursor)
            cursor = write(cursor)
            precondition(cursor - base <= capacity, "a journal field outgrew its bound")
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: cursor - base))
        }
    }
}
