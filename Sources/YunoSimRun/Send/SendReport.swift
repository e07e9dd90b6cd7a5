import Foundation
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
        lines.append("  signature  \(result.signature ?? "(none: no --hmac-secret)")")
        return lines.joined(separator: "\n")
    }

    func json() -> String {
        let object: [String: Any] = [
            "type_event": event.typeEvent,
            "url": redact(url.absoluteString),
            "retry": retry.map { $0 as Any } ?? NSNull(),
            "delivered": result.isAcknowledged,
            "status": result.response.status.map { $0 as Any } ?? NSNull(),
            "latency_ms": latencyMilliseconds,
            "bytes_sent": result.response.bytesSent,
            "bytes_received": result.response.bytesReceived,
            "signature": result.signature.map { $0 as Any } ?? NSNull(),
            "error": result.error.map { $0.shortName as Any } ?? NSNull(),
            "error_detail": result.error.map { redact($0.detail) as Any } ?? NSNull(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
