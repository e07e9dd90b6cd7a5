import Foundation

/// One attempt of a run, in up to two steps on the transport's threads: with OAuth2, getting
/// the bearer token (the cached one, or waiting for a token request that is itself a job of the
/// transport); then rendering and signing its body just before sending. The answer is recorded
/// there, and the attempts it frees are returned to be started on that same thread.
///
/// `@unchecked Sendable`: `token`, `tokenWait` and `signature` are written by `makeRequest` and
/// `tokenArrived` and read by `finish`, which the transport and the token provider call one
/// after another, never at the same time.
final class AttemptJob: OAuth2TokenWaiter, @unchecked Sendable {
    private let run: RunState
    private let context: BodyRenderContext
    private let attempt: DeliveryScheduler.Attempt
    /// Virtual time of sending, from the scenario start.
    private let sentAt: Duration
    private let wallTime: Date
    private var signature: String?
    private var token: OAuth2Token?
    /// When the attempt began to wait for a token: the latency of one that got none.
    private var tokenWait: ContinuousClock.Instant?

    init(run: RunState, context: BodyRenderContext, attempt: DeliveryScheduler.Attempt, sentAt: Duration, wallTime: Date) {
        self.run = run
        self.context = context
        self.attempt = attempt
        self.sentAt = sentAt
        self.wallTime = wallTime
    }

    func makeRequest(next: inout [any TransportJob]) -> DeliveryRequest? {
        if token == nil, let tokenProvider = run.tokenProvider {
            switch tokenProvider.acquire(.job(self), virtualNow: sentAt) {
            case .ready(let token):
                self.token = token
            case .fetch(let fetch):
                tokenWait = .now
                next.append(fetch)
                return nil
            case .wait:
                tokenWait = .now
                return nil
            }
        }
        let made = run.request(for: context, retry: attempt.retry, token: token)
        signature = made.signature
        return made.request
    }

    func tokenArrived(_ result: Result<OAuth2Token, DeliveryError>, next: inout [any TransportJob]) {
        switch result {
        case .success(let token):
            self.token = token
            next.append(self)
        case .failure(let error):
            // Nothing is sent without a token: the attempt fails as it is.
            let response = TransportResponse(status: nil, latency: tokenWait.map { $0.duration(to: .now) } ?? .zero, error: error)
            complete(DeliveryAttemptResult(signature: nil, response: response, error: error), next: &next)
        }
    }

    func finish(_ response: TransportResponse, next: inout [any TransportJob]) {
        complete(run.result(of: response, signature: signature, token: token), next: &next)
    }

    private func complete(_ result: DeliveryAttemptResult, next: inout [any TransportJob]) {
        run.complete(SentAttempt(attempt: attempt, sentAt: sentAt, wallTime: wallTime, result: result), next: &next)
    }
}
