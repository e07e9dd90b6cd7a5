/// One attempt in an event's timeline, kept small so large runs can afford it.
public struct AttemptSummary: Sendable, Hashable, CustomStringConvertible {
    /// Virtual time of sending, from the event's first try.
    public let virtualOffset: Duration
    private let statusCode: Int16
    /// The error's kind (`.httpStatus`, `.timeout`, …), or `nil` when acknowledged. One byte.
    public let errorKind: DeliveryError.Kind?

    public init(virtualOffset: Duration, status: Int?, error: DeliveryError?) {
        self.virtualOffset = virtualOffset
        self.statusCode = status.map { Int16(clamping: $0) } ?? -1
        self.errorKind = error?.kind
    }

    /// The HTTP status, when an answer arrived.
    public var status: Int? { statusCode < 0 ? nil : Int(statusCode) }

    /// Whether the merchant acknowledged this attempt.
    public var isAcknowledged: Bool { errorKind == nil }

    /// Whether `other` got the same answer (status and error kind), without making the text
    /// of ``description``: a report over 100,000 instances compares their last answers.
    func hasSameAnswer(as other: Self) -> Bool {
        statusCode == other.statusCode && errorKind == other.errorKind
    }

    /// What happened, briefly: `HTTP 200`, `HTTP 500`, `timeout`.
    public var description: String {
        if let status, errorKind?.isAnswer ?? true {
            return "HTTP \(status)"
        }
        return errorKind?.rawValue ?? "no answer"
    }
}
