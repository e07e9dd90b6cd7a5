import Foundation

/// Everything known about one completed attempt: a journal line, or a line of a live report.
/// Holds no credential; only the signature derived from the body.
public struct AttemptRecord: Sendable {
    /// The instance's name (``EventOutcome/instanceID``).
    public var eventID: String
    public var typeEvent: String
    /// 1-based attempt number.
    public var attempt: Int
    /// The body's `retry` field.
    public var retry: Int
    /// The schedule's offset for this attempt, from the event's first try.
    public var plannedOffset: Duration
    /// The virtual time of sending minus the event's first try.
    public var virtualOffset: Duration
    /// The virtual time of sending, from the scenario start.
    public var scenarioTime: Duration
    /// The virtual calendar date of sending.
    public var virtualTime: Date
    /// The real date of sending.
    public var wallTime: Date
    public var url: String
    /// The HTTP status, when an answer arrived.
    public var status: Int?
    /// Why the attempt failed; `nil` when it was acknowledged.
    public var error: DeliveryError?
    /// Real time from sending to the end of the answer.
    public var latency: Duration
    /// The `x-hmac-signature` sent, if any.
    public var signature: String?

    public init(
        eventID: String, typeEvent: String, attempt: Int, retry: Int,
        plannedOffset: Duration, virtualOffset: Duration, scenarioTime: Duration,
        virtualTime: Date, wallTime: Date, url: String, status: Int?, error: DeliveryError?,
        latency: Duration, signature: String?
    ) {
        self.eventID = eventID
        self.typeEvent = typeEvent
        self.attempt = attempt
        self.retry = retry
        self.plannedOffset = plannedOffset
        self.virtualOffset = virtualOffset
        self.scenarioTime = scenarioTime
        self.virtualTime = virtualTime
        self.wallTime = wallTime
        self.url = url
        self.status = status
        self.error = error
        self.latency = latency
        self.signature = signature
    }

    /// Whether the merchant acknowledged this attempt.
    public var isDelivered: Bool { error == nil }
}
