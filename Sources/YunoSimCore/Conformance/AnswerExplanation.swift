/// Puts one delivery attempt's answer into the checklist's words: what happened, and what Yuno
/// does about an attempt like it.
struct AnswerExplanation: Sendable {
    let timeouts: Endpoint.Timeouts
    let schedule: RetrySchedule

    /// What happened, e.g. "answered HTTP 204" or "no answer within Yuno's 23s window for a first try".
    func reason(_ result: DeliveryAttemptResult, retry: Int) -> String {
        if let status = result.response.status {
            // The status line came, then the answer stalled or broke off before its end.
            if let error = result.error, error.kind == .timeout {
                return "answered HTTP \(status) but did not finish the answer within \(window(retry: retry))"
            }
            if let error = result.error, !error.kind.isAnswer {
                return "answered HTTP \(status) but the answer failed (\(error))"
            }
            return result.isAcknowledged || status == 200 ? "answered 200 in \(Self.format(result.response.latency))" : "answered HTTP \(status)"
        }
        guard let error = result.error else { return "got no answer" }
        if error.kind == .timeout {
            return "got no answer within \(window(retry: retry))"
        }
        return "could not be delivered (\(error))"
    }

    /// What Yuno does after such an attempt; nil when the attempt counts as received.
    /// `subject` names what Yuno retries: "this event", or "each" for a group of events.
    func consequence(_ result: DeliveryAttemptResult, retry: Int, subject: String = "this event") -> String? {
        guard !result.isAcknowledged else { return nil }
        let retries = retriesLeft(after: retry, subject: subject)
        if result.error?.kind == .timeout { return "Yuno counts that as failed and \(retries)" }
        if let status = result.response.status {
            if (200...299).contains(status) { return "Yuno treats only 200 as received and \(retries)" }
            if (300...399).contains(status) { return "Yuno does not follow redirects and \(retries)" }
            if status == 401 || status == 403 {
                return "Yuno \(retries); if the endpoint is right to refuse, the credentials given here "
                    + "(--api-key, --secret, --hmac-secret, --oauth2-*) are not the ones it expects"
            }
        }
        if result.error?.kind == .oauth2Token {
            return "Yuno sends nothing without a token and \(retries); check that the token endpoint accepts the client id and secret given here"
        }
        return "Yuno \(retries)"
    }

    /// "the 23s window Yuno gives a first try" or "… a retry".
    func window(retry: Int) -> String {
        let total = timeouts.forAttempt(retry: retry).total
        return "the \(total.notation) window Yuno gives \(retry == 0 ? "a first try" : "a retry")"
    }

    /// "will retry this event 6 more times over 4 days", from the schedule.
    func retriesLeft(after retry: Int, subject: String = "this event") -> String {
        let left = schedule.attemptCount - 1 - retry
        guard left > 0, let last = schedule.offsets.last else { return "will not send \(subject) again" }
        let hours = Int(last.seconds / 3_600)
        let span = hours % 24 == 0 ? "\(hours / 24) days" : "\(hours) hours"
        return "will retry \(subject) \(left) more time\(left == 1 ? "" : "s") over \(span)"
    }

    /// A latency for people: `12 ms`, `4.2 s`.
    static func format(_ duration: Duration) -> String {
        let milliseconds = duration.seconds * 1_000
        if milliseconds < 1_000 { return "\(Int(milliseconds.rounded())) ms" }
        return "\((milliseconds / 100).rounded() / 10) s"
    }
}
