import OrderedCollections

/// A JSON value whose objects keep their keys in insertion order, so a body written from a
/// template, an override or a file keeps the order Yuno uses on the wire.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits 64 bits.
    case integer(Int64)
    /// Any other number.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The member named `key` when this is an object, otherwise nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// `number` without a needless fraction: a whole number below 10^15 as ``integer(_:)``
    /// (`2`, not `2.0`), any other as ``double(_:)`` (`0.25`).
    public init(number: Double) {
        self = number == number.rounded() && abs(number) < 1e15 ? .integer(Int64(number)) : .double(number)
    }

    /// The name of the JSON type: `null`, `boolean`, `number`, `string`, `array` or `object`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON object: members in the order they were added; setting an existing key keeps its place.
/// Lookups by key are hashed, not a scan: an object may have thousands of members.
public struct JSONObject: Sendable, Hashable, Sequence {
    private var members: OrderedDictionary<String, JSONValue> = [:]

    public init() {}

    /// The object of `members` in order; a repeated key keeps its first place and its last value.
    public init(_ members: [(String, JSONValue)]) {
        for (key, value) in members { self.members[key] = value }
    }

    /// The keys, in order.
    public var keys: [String] { members.keys.elements }
    /// The values, in the order of ``keys``.
    public var values: [JSONValue] { members.values.elements }

    public var count: Int { members.count }

    /// The value for `key`; assigning nil removes the member.
    public subscript(key: String) -> JSONValue? {
        get { members[key] }
        set { members[key] = newValue }
    }

    public func makeIterator() -> Zip2Sequence<[String], [JSONValue]>.Iterator {
        zip(keys, values).makeIterator()
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(elements) }
}
