/// Signs a body and delivers it to one endpoint the way Yuno does.
///
/// Headers: `Content-Type: application/json`, then `x-api-key`, `x-secret` and
/// `x-hmac-signature` when configured. Nothing else is added.
public struct WebhookDeliverer: Sendable {
    public let endpoint: Endpoint
    private let transport: any Transport
    private let signer: WebhookSigner?
    /// Headers identical for every delivery to this endpoint, built once.
    private let fixedHeaders: [HTTPHeader]

    public init(endpoint: Endpoint, transport: any Transport) {
        self.endpoint = endpoint
        self.transport = transport
        self.signer = endpoint.credentials.hmacSecret.map(WebhookSigner.init(hmacSecret:))
        var headers = [HTTPHeader("Content-Type", "application/json")]
        if let apiKey = endpoint.credentials.apiKey {
            headers.append(HTTPHeader("x-api-key", apiKey, isSecret: true))
        }
        if let secret = endpoint.credentials.secret {
            headers.append(HTTPHeader("x-secret", secret, isSecret: true))
        }
        self.fixedHeaders = headers
    }

    /// The request for `body` as it goes on the wire: `body` is signed and sent unchanged.
    public func request(body: [UInt8], retry: Int) -> (request: DeliveryRequest, signature: String?) {
        var headers = fixedHeaders
        let signature = signer?.signature(for: body)
        if let signature {
            headers.append(HTTPHeader("x-hmac-signature", signature))
        }
        let request = DeliveryRequest(
            url: endpoint.url.absoluteString,
            headers: headers,
            body: body,
            timeouts: endpoint.timeouts.forAttempt(retry: retry)
        )
        return (request, signature)
    }

    /// Signs `body`, sends it once and judges the answer. `retry` selects the timeout
    /// (first try or retry); it must match the body's own `retry` field.
    public func deliver(body: [UInt8], retry: Int) async -> DeliveryAttemptResult {
        let (request, signature) = request(body: body, retry: retry)
        return await send(request, signature: signature)
    }

    /// Sends a request built by ``request(body:retry:)`` (possibly altered since, as the
    /// conformance probe's forgeries do) and judges the answer by the endpoint's rule.
    public func send(_ request: DeliveryRequest, signature: String?) async -> DeliveryAttemptResult {
        let response = await transport.deliver(request)
        return DeliveryAttemptResult(
            signature: signature,
            response: response,
            error: endpoint.acknowledgement.judge(response)
        )
    }
}
