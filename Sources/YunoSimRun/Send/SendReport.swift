import YunoSimCore

/// What `send` prints: for people, or as one JSON object. Shows no credential: the URL and
/// the error pass through `redact`, built from the credentials of the delivery.
struct SendReport {
    let event: EventName
    let url: WebhookURL
    let retry: Int?
    let result: DeliveryAttemptResult
    let redact: Redactor

    private var latencyMilliseconds: Double {
        (result.response.latency.seconds * 10_000).rounded() / 10
    }

    func text() -> String {
        var lines = ["\(event) (retry \(retry.map(String.init) ?? "none in the body")) -> \(redact(url.absoluteString))"]
        let status = result.response.status.map(String.init) ?? "none"
        if result.isAcknowledged {
            lines.append("  status     \(status) (received)")
        } else {
            lines.append("  status     \(status) (not received: Yuno counts only HTTP 200 and would retry)")
            if let error = result.error {
                lines.append("  error      \(error.shortName): \(redact(error.detail))")
            }
        }
        lines.append("  latency    \(latencyMilliseconds) ms")
        // No token means nothing was sent, so nothing was signed, whatever --hmac-secret says.
        let unsigned = result.error?.kind == .oauth2Token ? "(none: nothing was sent without an OAuth2 token)" : "(none: no --hmac-secret)"
        lines.append("  signature  \(result.signature ?? unsigned)")
        return lines.joined(separator: "\n")
    }

    /// One JSON object, keys sorted.
    func json() -> String {
        let object: JSONValue = [
            "bytes_received": .integer(Int64(result.response.bytesReceived)),
            "bytes_sent": .integer(Int64(result.response.bytesSent)),
            "delivered": .bool(result.isAcknowledged),
            "error": result.error.map { .string($0.shortName) } ?? .null,
            "error_detail": result.error.map { .string(redact($0.detail)) } ?? .null,
            "latency_ms": JSONValue(number: latencyMilliseconds),
            "retry": retry.map { .integer(Int64($0)) } ?? .null,
            "signature": result.signature.map(JSONValue.string) ?? .null,
            "status": result.response.status.map { .integer(Int64($0)) } ?? .null,
            "type_event": .string(event.typeEvent),
            "url": .string(redact(url.absoluteString)),
        ]
        return String(decoding: object.bytes, as: UTF8.self)
    }
}
