import Foundation

/// Typed reads of one JSON object's members, with errors that name the member.
struct JSONFields {
    private let value: JSONValue
    private let what: String

    init(_ value: JSONValue, what: String) {
        self.value = value
        self.what = what
    }

    private func problem(_ key: String, _ expected: String) -> InputError {
        InputError("\(what): `\(key)` must be \(expected)")
    }

    func string(_ key: String) throws(InputError) -> String {
        guard let text = try optionalString(key) else { throw problem(key, "a string") }
        return text
    }

    func optionalString(_ key: String) throws(InputError) -> String? {
        switch value[key] {
        case .string(let text): return text
        case nil, .null: return nil
        default: throw problem(key, "a string")
        }
    }

    func int(_ key: String) throws(InputError) -> Int {
        guard let number = try optionalInt(key) else { throw problem(key, "a whole number") }
        return number
    }

    func optionalInt(_ key: String) throws(InputError) -> Int? {
        switch value[key] {
        case .integer(let number): return Int(number)
        case nil, .null: return nil
        default: throw problem(key, "a whole number")
        }
    }

    func optionalBool(_ key: String) throws(InputError) -> Bool? {
        switch value[key] {
        case .bool(let flag): return flag
        case nil, .null: return nil
        default: throw problem(key, "true or false")
        }
    }

    func array(_ key: String) throws(InputError) -> [JSONValue] {
        guard case .array(let elements) = value[key] else { throw problem(key, "an array") }
        return elements
    }

    func duration(_ key: String) throws(InputError) -> Duration {
        guard let member = value[key] else { throw problem(key, "a number of seconds") }
        return try Self.duration(member, what: "\(what) `\(key)`")
    }

    func optionalMilliseconds(_ key: String) throws(InputError) -> Duration? {
        switch value[key] {
        case .integer(let number): return .milliseconds(number)
        case .double(let number): return .nanoseconds(Int64((number * 1e6).rounded()))
        case nil, .null: return nil
        default: throw problem(key, "a number of milliseconds")
        }
    }

    func date(_ key: String) throws(InputError) -> Date {
        let text = try string(key)
        guard let date = (try? ReportFormat.time.parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text)) else {
            throw problem(key, "an ISO 8601 time")
        }
        // The nearest Double may lie just below the written millisecond, and formatting
        // truncates: half a microsecond more writes the same time back.
        return date.addingTimeInterval(0.000_000_5)
    }

    static func duration(_ value: JSONValue, what: String) throws(InputError) -> Duration {
        switch value {
        case .integer(let seconds): return .seconds(seconds)
        case .double(let seconds): return .nanoseconds(Int64((seconds * 1e9).rounded()))
        default: throw InputError("\(what) must be a number of seconds")
        }
    }
}
