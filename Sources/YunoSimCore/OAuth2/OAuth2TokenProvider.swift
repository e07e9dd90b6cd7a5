/// Fetches an endpoint's OAuth2 token and reuses it until `expires_in − refresh_margin`.
///
/// Callers that need a token while one is being fetched wait for that same request, so a burst
/// of deliveries makes one token request, not one each. Time is injected: with
/// ``OAuth2Configuration/TokenClock/virtual`` expiry is measured on the run's virtual time that
/// the caller passes in; otherwise on `realNow`.
public actor OAuth2TokenProvider {
    public nonisolated let configuration: OAuth2Configuration
    private let transport: any Transport
    private let timeouts: AttemptTimeouts
    private let realNow: @Sendable () -> Duration

    private var cached: (token: OAuth2Token, expiry: Duration?)?
    private var inFlight: (id: Int, task: Task<Result<OAuth2Token, DeliveryError>, Never>)?
    private var nextRequestID = 0
    /// Token requests made so far.
    public private(set) var requestCount = 0
    /// Times a caller waited for a token request already in flight instead of making one.
    public private(set) var sharedRequestCount = 0

    /// - Parameters:
    ///   - timeouts: limits of each token request.
    ///   - realNow: wall-clock time as an offset from any fixed origin; defaults to a
    ///     `ContinuousClock` reading.
    public init(
        configuration: OAuth2Configuration,
        transport: any Transport,
        timeouts: AttemptTimeouts = AttemptTimeouts(),
        realNow: (@Sendable () -> Duration)? = nil
    ) {
        self.configuration = configuration
        self.transport = transport
        self.timeouts = timeouts
        let origin = ContinuousClock.now
        self.realNow = realNow ?? { origin.duration(to: .now) }
    }

    /// A token valid at this moment: the cached one, or a fresh one from the token endpoint.
    ///
    /// - Parameter virtualNow: the run's virtual time, used when the token clock is virtual.
    /// - Throws: ``DeliveryError`` with short name `oauth2_token`, saying why there is no token.
    public func token(virtualNow: Duration? = nil) async throws(DeliveryError) -> OAuth2Token {
        let now = configuration.tokenClock == .virtual ? (virtualNow ?? realNow()) : realNow()
        if let cached, cached.expiry.map({ now < $0 }) ?? true {
            return cached.token
        }
        let id: Int
        let task: Task<Result<OAuth2Token, DeliveryError>, Never>
        if let inFlight {
            (id, task) = inFlight
            sharedRequestCount += 1
        } else {
            id = nextRequestID
            nextRequestID += 1
            requestCount += 1
            task = Task { [configuration, transport, timeouts] in
                await Self.fetch(configuration, transport: transport, timeouts: timeouts)
            }
            inFlight = (id, task)
        }
        let result = await task.value
        if inFlight?.id == id {
            inFlight = nil
            if case .success(let token) = result {
                cached = (token, token.expiresIn.map { now + $0 - configuration.refreshMargin })
            }
        }
        return try result.get()
    }

    /// Forgets `token` if it is still the cached one (the merchant rejected it), so the next
    /// delivery fetches a new one. A newer token fetched meanwhile is kept.
    public func invalidate(_ token: OAuth2Token) {
        if cached?.token == token { cached = nil }
    }

    private static func fetch(
        _ configuration: OAuth2Configuration,
        transport: any Transport,
        timeouts: AttemptTimeouts
    ) async -> Result<OAuth2Token, DeliveryError> {
        guard let url = configuration.authenticationURL else {
            return .failure(.oauth2Token("no authentication_url is configured"))
        }
        let response = await transport.deliver(OAuth2TokenRequest.make(configuration, url: url, timeouts: timeouts))
        do {
            return .success(try OAuth2Token(response: response))
        } catch {
            return .failure(error)
        }
    }
}
