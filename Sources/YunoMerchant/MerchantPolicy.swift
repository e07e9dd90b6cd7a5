import Foundation
import YunoSimCore

/// Decides how the reference merchant answers a delivery: checks credentials, then the
/// `fail_below_retry` rule, then answers the configured status. Pure, so it is tested directly.
public struct MerchantPolicy: Sendable {
    private let configuration: MerchantConfiguration
    private let signer: WebhookSigner?

    public init(configuration: MerchantConfiguration) {
        self.configuration = configuration
        self.signer = configuration.credentials.hmacSecret.map(WebhookSigner.init(hmacSecret:))
    }

    /// Judges one delivery given its lower-cased headers and raw body; `token` is the result
    /// of the bearer token check, when the merchant issues tokens.
    public func judge(headers: [HTTPHeader], body: [UInt8], token: ReceivedDelivery.Check = .notConfigured) -> ReceivedDelivery {
        func value(_ name: String) -> String? { headers.first { $0.name == name }?.value }
        let credentials = configuration.credentials
        let apiKey = Self.check(expected: credentials.apiKey, got: value("x-api-key"))
        let secret = Self.check(expected: credentials.secret, got: value("x-secret"))
        let signature: ReceivedDelivery.Check
        if let signer {
            signature = value("x-hmac-signature").map { signer.isValid(signature: $0, for: body) ? .passed : .failed } ?? .failed
        } else {
            signature = .notConfigured
        }
        let envelope = Self.envelopeFields(body)
        let status: Int
        if apiKey == .failed || secret == .failed || signature == .failed || token == .failed {
            status = 401
        } else if let retry = envelope.retry, retry < configuration.failBelowRetry {
            status = 500
        } else if envelope.retry == nil, configuration.failBelowRetry > 0 {
            status = 500
        } else {
            status = configuration.status
        }
        return ReceivedDelivery(
            typeEvent: envelope.typeEvent,
            retry: envelope.retry,
            headers: headers,
            body: body,
            apiKey: apiKey,
            secret: secret,
            signature: signature,
            token: token,
            answeredStatus: status
        )
    }

    private static func check(expected: String?, got: String?) -> ReceivedDelivery.Check {
        guard let expected else { return .notConfigured }
        guard let got else { return .failed }
        return constantTimeEqual(Array(expected.utf8), Array(got.utf8)) ? .passed : .failed
    }

    /// Constant-time comparison: a merchant's check should not leak the secret by timing.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func envelopeFields(_ body: [UInt8]) -> (typeEvent: String?, retry: Int?) {
        guard case .object(let object)? = try? JSONParser.parse(body) else { return (nil, nil) }
        let typeEvent: String? = if case .string(let name)? = object["type_event"] { name } else { nil }
        let retry: Int? = switch object["retry"] {
        case .integer(let number)?: Int(exactly: number)
        // A fraction is cut off, as it always was: `2.0` counts as retry 2.
        case .double(let number)?: Int(exactly: number.rounded(.towardZero))
        default: nil
        }
        return (typeEvent, retry)
    }
}
