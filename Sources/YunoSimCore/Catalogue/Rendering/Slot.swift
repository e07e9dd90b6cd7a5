/// A value that changes between instances or attempts; everything else in a body is fixed
/// when the template is built.
enum Slot: Sendable {
    /// The attempt's `retry` number.
    case retry
    /// A JSON string assembled from parts.
    case text([TextPart])
    /// A money amount with up to two decimals, from 1.00 to 9,999.99.
    case amount(BodyVariable)
    /// An integer in a range.
    case integer(BodyVariable, ClosedRange<Int64>)
}

/// One piece of a generated JSON string.
enum TextPart: Sendable {
    /// Fixed text, already JSON-escaped.
    case literal([UInt8])
    /// A version-4 UUID in lower case.
    case uuid(BodyVariable)
    /// The instance time minus `secondsBefore` (negative: later) and, with `jitter`, minus up
    /// to one more second; ISO-8601 UTC with microseconds.
    case time(secondsBefore: Int64, jitter: BodyVariable?)
    /// One of the options (already JSON-escaped); parts that pick with the same variable
    /// from lists of the same length pick the same row.
    case pick(BodyVariable, [[UInt8]])
    /// A fixed number of decimal digits.
    case digits(BodyVariable, count: Int)

    /// Fixed text, escaped for JSON.
    static func text(_ value: String) -> TextPart {
        var bytes: [UInt8] = []
        JSONValue.writeEscaped(value, to: &bytes)
        return .literal(bytes)
    }

    /// A choice among `options`, escaped for JSON.
    static func choice(_ variable: BodyVariable, _ options: [String]) -> TextPart {
        .pick(variable, options.map { option in
            var bytes: [UInt8] = []
            JSONValue.writeEscaped(option, to: &bytes)
            return bytes
        })
    }
}
