import Foundation

/// Where the members of one flat JSON object go, in order: the bytes of a journal line
/// (``JSONLine``), or a ``JSONObject`` (the JSON report's copy of that line). One list of
/// members, written through it, makes both.
protocol JSONMemberWriter {
    /// Adds `key` with `value` as a JSON string, or `null`.
    mutating func add(_ key: StaticString, string value: String?)
    /// Adds `key` with `value` as a whole number, or `null`.
    mutating func add(_ key: StaticString, integer value: Int?)
    /// Adds `key` with `value` rounded to three decimals (``Thousandths``).
    mutating func add(_ key: StaticString, decimal value: Double)
    /// Adds `key` with `date` as an ISO-8601 UTC string with milliseconds.
    mutating func add(_ key: StaticString, date: Date)
}
