/// Signs a body and delivers it to one endpoint the way Yuno does.
///
/// Headers: `Content-Type: application/json`, then `x-api-key`, `x-secret` and
/// `x-hmac-signature` when configured, then the OAuth2 bearer token when the endpoint has
/// `oauth2`. Nothing else is added.
public struct WebhookDeliverer: Sendable {
    public let endpoint: Endpoint
    let transport: any Transport
    private let signer: WebhookSigner?
    /// Headers identical for every delivery to this endpoint, built once.
    private let fixedHeaders: [HTTPHeader]
    /// Shared by every copy of this deliverer, so all deliveries to the endpoint reuse one token.
    public let tokenProvider: OAuth2TokenProvider?

    /// - Parameter tokenProvider: where bearer tokens come from; by default one built from
    ///   `endpoint.oauth2` (token requests through `transport`), or none.
    public init(endpoint: Endpoint, transport: any Transport, tokenProvider: OAuth2TokenProvider? = nil) {
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
        self.tokenProvider = tokenProvider ?? endpoint.oauth2.map {
            OAuth2TokenProvider(
                configuration: $0, transport: transport,
                timeouts: AttemptTimeouts(total: endpoint.timeouts.first, connect: endpoint.timeouts.connect)
            )
        }
    }

    /// The request for `body` as it goes on the wire: `body` is signed and sent unchanged;
    /// `token`, when given, goes in the configured authorization header as `Bearer <token>`.
    public func request(body: [UInt8], retry: Int, token: OAuth2Token? = nil) -> (request: DeliveryRequest, signature: String?) {
        var headers = fixedHeaders
        let signature = signer?.signature(for: body)
        if let signature {
            headers.append(HTTPHeader("x-hmac-signature", signature))
        }
        if let token, let name = tokenProvider?.configuration.authorizationName {
            headers.append(HTTPHeader(name, "Bearer " + token.accessToken, isSecret: true))
        }
        let request = DeliveryRequest(
            url: endpoint.url.absoluteString,
            headers: headers,
            body: body,
            timeouts: endpoint.timeouts.forAttempt(retry: retry)
        )
        return (request, signature)
    }

    /// Gets a token when OAuth2 is configured, signs `body`, sends it once and judges the
    /// answer. `retry` selects the timeout (first try or retry); it must match the body's own
    /// `retry` field. Without a token nothing is sent and the attempt fails with `oauth2_token`;
    /// a 401 to a delivery that carried a token drops that token.
    ///
    /// - Parameter virtualNow: the run's virtual time, for a virtual token clock.
    public func deliver(body: [UInt8], retry: Int, virtualNow: Duration? = nil) async -> DeliveryAttemptResult {
        var token: OAuth2Token?
        if let tokenProvider {
            let start = ContinuousClock.now
            do {
                token = try await tokenProvider.token(virtualNow: virtualNow)
            } catch {
                let response = TransportResponse(status: nil, latency: start.duration(to: .now), error: error)
                return DeliveryAttemptResult(signature: nil, response: response, error: error)
            }
        }
        let (request, signature) = request(body: body, retry: retry, token: token)
        return await send(request, signature: signature, token: token)
    }

    /// Sends a request built by ``request(body:retry:token:)`` (possibly altered since, as the
    /// conformance probe's forgeries do) and judges the answer by the endpoint's rule.
    public func send(_ request: DeliveryRequest, signature: String?, token: OAuth2Token? = nil) async -> DeliveryAttemptResult {
        result(of: await transport.deliver(request), signature: signature, token: token)
    }

    /// The attempt's result: `response` judged by the endpoint's acknowledgement rule. A 401 to
    /// a delivery that carried `token` drops that token.
    func result(of response: TransportResponse, signature: String?, token: OAuth2Token?) -> DeliveryAttemptResult {
        if let token, let tokenProvider, response.status == 401 {
            tokenProvider.invalidate(token)
        }
        return DeliveryAttemptResult(signature: signature, response: response, error: endpoint.acknowledgement.judge(response))
    }
}
