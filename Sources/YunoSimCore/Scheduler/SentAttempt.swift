import Foundation

/// One attempt and what came of it.
struct SentAttempt: Sendable {
    let attempt: DeliveryScheduler.Attempt
    /// Virtual time of sending, from the scenario start.
    let sentAt: Duration
    let wallTime: Date
    let result: DeliveryAttemptResult
}
