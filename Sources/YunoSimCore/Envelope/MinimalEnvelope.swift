import Foundation

/// The smallest valid Yuno envelope for an event: the keys in Yuno's order with an empty `data`.
public struct MinimalEnvelope: Sendable {
    public var event: EventName
    public var accountID: UUID

    public init(event: EventName, accountID: UUID = UUID()) {
        self.event = event
        self.accountID = accountID
    }

    /// The body bytes for the attempt that carries `retry`.
    public func render(retry: Int) -> [UInt8] {
        // Event names are validated to [a-z0-9_.], so they need no JSON escaping.
        let account = accountID.uuidString.lowercased()
        let text = #"{"type":"\#(event.type)","type_event":"\#(event.typeEvent)","account_id":"\#(account)","retry":\#(retry),"version":2,"data":{}}"#
        return Array(text.utf8)
    }
}
