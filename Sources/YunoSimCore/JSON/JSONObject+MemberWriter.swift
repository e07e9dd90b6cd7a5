import Foundation

/// The members as the JSON parser reads them back from a ``JSONLine``'s bytes, without
/// writing and parsing them.
extension JSONObject: JSONMemberWriter {
    mutating func add(_ key: StaticString, string value: String?) {
        self["\(key)"] = value.map(JSONValue.string) ?? .null
    }

    mutating func add(_ key: StaticString, integer value: Int?) {
        self["\(key)"] = value.map { .integer(Int64($0)) } ?? .null
    }

    mutating func add(_ key: StaticString, decimal value: Double) {
        let number = Thousandths(value)
        // The line's `0.250` reads back as 0.25 and its `2` as 2. Beyond the exact range (a
        // trillion seconds) the line always has a fraction, so it reads back as a double.
        self["\(key)"] = number.isFixedExact ? number.json : .double(number.value)
    }

    mutating func add(_ key: StaticString, date: Date) {
        let text = String(unsafeUninitializedCapacity: Timestamp.millisecondsCount) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return Timestamp.writeMilliseconds(date, at: base) - base
        }
        self["\(key)"] = .string(text)
    }
}
