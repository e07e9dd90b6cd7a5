import YunoSimCore

/// Flag values that parse themselves; argument-parser shows the thrown message and the
/// command exits 2.
enum ArgumentTransforms {
    static func duration(_ text: String) throws -> Duration { try Duration(notation: text) }
    static func url(_ text: String) throws -> WebhookURL { try WebhookURL(text) }
    static func event(_ text: String) throws -> EventName { try EventName(text) }
    static func eventGlob(_ text: String) throws -> EventGlob { try EventGlob(text) }

    /// One of an enumeration's raw values.
    static func choice<Value: RawRepresentable & CaseIterable>(_ text: String) throws -> Value where Value.RawValue == String {
        if let value = Value(rawValue: text) { return value }
        throw InputError("'\(text)' must be \(Value.allCases.map(\.rawValue).joined(separator: " or "))")
    }
}
