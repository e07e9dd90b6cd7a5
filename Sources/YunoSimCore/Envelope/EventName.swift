/// A dotted `type_event` as it appears on the wire: `payment.purchase`,
/// `banking.transfer.incoming.completed`. The `type` is everything before the last dot.
public struct EventName: Sendable, Hashable, CustomStringConvertible {
    /// The full dotted name, e.g. `payment.purchase`.
    public let typeEvent: String

    public init(_ text: String) throws(InputError) {
        let allowed = text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" || $0 == "." }
        guard allowed, let dot = text.lastIndex(of: "."), dot != text.startIndex,
              text.index(after: dot) != text.endIndex, !text.contains("..")
        else {
            throw InputError("'\(text)' is not an event name; write type.event in lower case, like payment.purchase")
        }
        self.typeEvent = text
        self.type = String(text[..<dot])
    }

    /// The resource type, e.g. `payment` or `banking.transfer.incoming`.
    public let type: String

    public var description: String { typeEvent }
}
