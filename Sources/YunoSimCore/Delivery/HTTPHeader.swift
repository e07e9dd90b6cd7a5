/// One header line of a delivery.
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String
    /// Whether the value is a credential that must never be printed.
    public var isSecret: Bool

    public init(_ name: String, _ value: String, isSecret: Bool = false) {
        self.name = name
        self.value = value
        self.isSecret = isSecret
    }

    /// Why `value` cannot be sent as a header value, or `nil` when it can. A line break would
    /// end the header line and start another of the value's choosing (RFC 9110 §5.5 allows
    /// visible characters, spaces and tabs only). The reason never quotes the value, which may
    /// be a secret.
    public static func problem(withValue value: String) -> String? {
        for scalar in value.unicodeScalars where scalar.properties.generalCategory == .control && scalar != "\t" {
            return scalar == "\r" || scalar == "\n"
                ? "contains a line break, which would end the header line and start another"
                : "contains a control character, which a header value cannot hold"
        }
        if let edge = [value.unicodeScalars.first, value.unicodeScalars.last].compactMap({ $0 }).first(where: { $0 == " " || $0 == "\t" }) {
            // HTTP drops white space around a field value: the merchant would see another value.
            return "\(edge == " " ? "begins or ends with a space" : "begins or ends with a tab"), which HTTP strips from a header value"
        }
        return nil
    }
}
