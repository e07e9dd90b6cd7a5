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

    /// The value as it may appear in output, journals and reports.
    public var displayValue: String { isSecret ? Redactor.mask : value }
}
