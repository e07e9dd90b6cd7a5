import Synchronization

/// Fetches an endpoint's OAuth2 token and reuses it until `expires_in − refresh_margin`.
///
/// Whoever needs a token while one is being fetched waits for that same request, so a burst
/// of deliveries makes one token request, not one each. The token request is a job of the
/// transport (``OAuth2TokenFetch``): a run's deliveries wait for it as jobs parked here, which
/// the answer starts again on the transport's thread, so no thread or task waits per delivery.
/// Time is injected: with ``OAuth2Configuration/TokenClock/virtual`` expiry is measured on the
/// run's virtual time that the caller passes in; otherwise on `realNow`.
///
/// The lock only decides (cache hit, join the request in flight, or make one); token requests
/// are sent, answers parsed and waiters resumed after it is released.
public final class OAuth2TokenProvider: Sendable {
    /// Who waits for a token request in flight.
    enum Waiter {
        case job(any OAuth2TokenWaiter)
        case task(UnsafeContinuation<Result<OAuth2Token, DeliveryError>, Never>)
    }

    /// What a caller of ``acquire(_:virtualNow:)`` gets.
    enum Acquisition {
        case ready(OAuth2Token)
        /// The caller waits; it is the first, and must start this token request.
        case fetch(OAuth2TokenFetch)
        /// The caller waits for the token request already in flight.
        case wait
    }

    private struct State {
        var cached: (token: OAuth2Token, expiry: Duration?)?
        /// The token request in flight: the time it was asked at, and who waits for it.
        var fetch: (now: Duration, waiters: [Waiter])?
        var requestCount = 0
        var sharedRequestCount = 0
    }

    public let configuration: OAuth2Configuration
    let transport: any Transport
    let timeouts: AttemptTimeouts
    private let realNow: @Sendable () -> Duration
    private let state = Mutex(State())

    /// Token requests made so far.
    public var requestCount: Int { state.withLock { $0.requestCount } }
    /// Times a caller waited for a token request already in flight instead of making one.
    public var sharedRequestCount: Int { state.withLock { $0.sharedRequestCount } }

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
        let result = await withUnsafeContinuation { continuation in
            switch acquire(.task(continuation), virtualNow: virtualNow) {
            case .ready(let token): continuation.resume(returning: .success(token))
            case .fetch(let fetch): transport.submit(fetch)
            case .wait: break
            }
        }
        return try result.get()
    }

    /// The cached token, or `waiter` kept until the token request it must start (``Acquisition/fetch(_:)``)
    /// or the one in flight answers. Any thread; never waits.
    func acquire(_ waiter: Waiter, virtualNow: Duration?) -> Acquisition {
        let now = configuration.tokenClock == .virtual ? (virtualNow ?? realNow()) : realNow()
        let decision = state.withLock { state -> Acquisition? in
            if let cached = state.cached, cached.expiry.map({ now < $0 }) ?? true {
                return .ready(cached.token)
            }
            if state.fetch != nil {
                state.fetch?.waiters.append(waiter)
                state.sharedRequestCount += 1
                return .wait
            }
            state.fetch = (now, [waiter])
            state.requestCount += 1
            return nil
        }
        // The job for the new token request is made once the lock is released.
        return decision ?? .fetch(OAuth2TokenFetch(provider: self))
    }

    /// Ends the token request in flight with `result`: caches a token, then hands it (or the
    /// failure) to every waiter. Jobs that waited append what comes next to `next`.
    func resolve(_ result: Result<OAuth2Token, DeliveryError>, next: inout [any TransportJob]) {
        let waiters = state.withLock { state -> [Waiter] in
            guard let fetch = state.fetch else { return [] }
            state.fetch = nil
            if case .success(let token) = result {
                state.cached = (token, token.expiresIn.map { fetch.now + $0 - configuration.refreshMargin })
            }
            return fetch.waiters
        }
        for waiter in waiters {
            switch waiter {
            case .job(let job): job.tokenArrived(result, next: &next)
            case .task(let continuation): continuation.resume(returning: result)
            }
        }
    }

    /// Forgets `token` if it is still the cached one (the merchant rejected it), so the next
    /// delivery fetches a new one. A newer token fetched meanwhile is kept.
    public func invalidate(_ token: OAuth2Token) {
        state.withLock { state in
            if state.cached?.token == token { state.cached = nil }
        }
    }
}

/// A transport job that waits for an OAuth2 token (see ``OAuth2TokenProvider``).
protocol OAuth2TokenWaiter: TransportJob {
    /// The token, or why there is none; called once on the transport's thread. Jobs to start
    /// next (this one again, to send with the token) go to `next`.
    func tokenArrived(_ result: Result<OAuth2Token, DeliveryError>, next: inout [any TransportJob])
}
