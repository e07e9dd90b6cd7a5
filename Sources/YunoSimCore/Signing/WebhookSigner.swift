import Crypto
import Foundation

/// Computes and checks Yuno's `x-hmac-signature`: standard Base64 of HMAC-SHA256 over the
/// exact body bytes, keyed with the UTF-8 bytes of the webhook's HMAC secret.
public struct WebhookSigner: Sendable {
    private let key: SymmetricKey
    /// HMAC with the key already absorbed: deriving the inner and outer pads costs two hash
    /// blocks and several allocations, once per secret instead of once per attempt. Copies
    /// share its state until updated (copy on write).
    private let keyed: HMAC<SHA256>

    public init(hmacSecret: String) {
        self.key = SymmetricKey(data: Data(hmacSecret.utf8))
        self.keyed = HMAC<SHA256>(key: key)
    }

    /// The header value for `body`: 44 characters of Base64.
    public func signature<Body: DataProtocol>(for body: Body) -> String {
        var mac = keyed
        mac.update(data: body)
        return mac.finalize().withUnsafeBytes(Self.base64)
    }

    /// Whether `signature` is the one for `body`, compared in constant time.
    public func isValid<Body: DataProtocol>(signature: String, for body: Body) -> Bool {
        guard let provided = Data(base64Encoded: signature.trimmingCharacters(in: .whitespaces)) else {
            return false
        }
        return HMAC<SHA256>.isValidAuthenticationCode(provided, authenticating: body, using: key)
    }
}
