import Foundation

/// One way to forge a webhook: a correctly built request, altered after signing so that a
/// merchant checking its credentials must refuse it.
///
/// Each forgery needs the credential it fakes; the probe is skipped without it.
public struct Forgery: Sendable {
    /// Stable identifier, the suffix of the probe id: `forgery.<id>`.
    public let id: String
    /// What the forged request is, e.g. "a body signed with the wrong key".
    public let title: String
    /// The setting whose absence skips the forgery, e.g. "HMAC secret".
    public let needs: String
    private let isApplicable: @Sendable (Endpoint) -> Bool
    private let alter: @Sendable (inout DeliveryRequest, ForgeryMaterial) -> Void

    init(id: String, title: String, needs: String,
         isApplicable: @escaping @Sendable (Endpoint) -> Bool,
         alter: @escaping @Sendable (inout DeliveryRequest, ForgeryMaterial) -> Void) {
        self.id = id
        self.title = title
        self.needs = needs
        self.isApplicable = isApplicable
        self.alter = alter
    }

    /// What an alteration may use besides the request itself.
    struct ForgeryMaterial: Sendable {
        /// The endpoint's real credentials, to derive wrong values from.
        let credentials: EndpointCredentials
        /// Another valid body of the same event, to swap in after signing.
        let otherBody: [UInt8]
        /// The header that carries the OAuth2 bearer token, when OAuth2 is configured.
        let authorizationName: String?
    }

    /// Whether `endpoint` configures what this forgery fakes.
    public func applies(to endpoint: Endpoint) -> Bool { isApplicable(endpoint) }

    func forge(_ request: inout DeliveryRequest, _ material: ForgeryMaterial) { alter(&request, material) }

    /// Every forgery the probe tries, in checklist order.
    public static let all: [Forgery] = [
        .wrongHMACKey, .bodyChangedAfterSigning, .missingSignature, .wrongSecret, .missingAPIKey, .missingBearer, .wrongBearer,
    ]

    static let wrongHMACKey = Forgery(
        id: "wrong_hmac_key", title: "a body signed with the wrong key", needs: "HMAC secret",
        isApplicable: { $0.credentials.hmacSecret != nil }
    ) { request, material in
        let forgedKey = (material.credentials.hmacSecret ?? "") + "-forged"
        request.replaceHeader("x-hmac-signature", value: WebhookSigner(hmacSecret: forgedKey).signature(for: request.body))
    }

    static let bodyChangedAfterSigning = Forgery(
        id: "body_changed", title: "a body changed after signing", needs: "HMAC secret",
        isApplicable: { $0.credentials.hmacSecret != nil }
    ) { request, material in
        request.body = material.otherBody
    }

    static let missingSignature = Forgery(
        id: "missing_signature", title: "a delivery without x-hmac-signature", needs: "HMAC secret",
        isApplicable: { $0.credentials.hmacSecret != nil }
    ) { request, _ in
        request.removeHeader("x-hmac-signature")
    }

    static let wrongSecret = Forgery(
        id: "wrong_secret", title: "a delivery with the wrong x-secret", needs: "secret",
        isApplicable: { $0.credentials.secret != nil }
    ) { request, material in
        request.replaceHeader("x-secret", value: (material.credentials.secret ?? "") + "-forged")
    }

    static let missingAPIKey = Forgery(
        id: "missing_api_key", title: "a delivery without x-api-key", needs: "API key",
        isApplicable: { $0.credentials.apiKey != nil }
    ) { request, _ in
        request.removeHeader("x-api-key")
    }

    static let missingBearer = Forgery(
        id: "missing_bearer", title: "a delivery without the OAuth2 bearer token", needs: "OAuth2 client",
        isApplicable: { $0.oauth2 != nil }
    ) { request, material in
        if let name = material.authorizationName { request.removeHeader(name) }
    }

    static let wrongBearer = Forgery(
        id: "wrong_bearer", title: "a delivery with a bearer token the merchant never issued", needs: "OAuth2 client",
        isApplicable: { $0.oauth2 != nil }
    ) { request, material in
        if let name = material.authorizationName { request.replaceHeader(name, value: "Bearer forged-\(UUID().uuidString)") }
    }
}
