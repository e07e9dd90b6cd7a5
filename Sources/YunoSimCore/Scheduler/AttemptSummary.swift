/// One attempt in an event's timeline, kept small so large runs can afford it.
public struct AttemptSummary: Sendable, Hashable, CustomStringConvertible {
    /// Virtual time of sending, from the event's first try.
    public let virtualOffset: Duration
    private let statusCode: Int16
    /// 0 when acknowledged, otherwise 1 + the index of the error's short name.
    private let errorIndex: UInt8

    public init(virtualOffset: Duration, status: Int?, error: DeliveryError?) {
        self.virtualOffset = virtualOffset
        self.statusCode = status.map { Int16(clamping: $0) } ?? -1
        self.errorIndex = error.map { error in
            UInt8(DeliveryError.allShortNames.firstIndex(of: error.shortName).map { $0 + 1 } ?? DeliveryError.allShortNames.count)
        } ?? 0
    }

    /// The HTTP status, when an answer arrived.
    public var status: Int? { statusCode < 0 ? nil : Int(statusCode) }

    /// Whether the merchant acknowledged this attempt.
    public var isAcknowledged: Bool { errorIndex == 0 }

    /// The error's short name (`http_status`, `timeout`, …), or `nil` when acknowledged.
    public var errorKind: String? {
        errorIndex == 0 ? nil : DeliveryError.allShortNames[Int(errorIndex) - 1]
    }

    /// Equal for attempts with the same ``description``, without making the text: a report
    /// over 100,000 instances compares their last answers.
    var answerKey: Int { Int(statusCode) << 8 | Int(errorIndex) }

    /// What happened, briefly: `HTTP 200`, `HTTP 500`, `timeout`.
    public var description: String {
        if let status, errorKind == nil || errorKind == "http_status" || errorKind == "redirect" {
            return "HTTP \(status)"
        }
        return errorKind ?? "no answer"
    }
}
