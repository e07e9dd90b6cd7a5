import Foundation

/// One attempt of a run. The transport renders and signs its body just before sending, on its
/// own thread, and hands the answer back; the attempt is recorded there and the attempts it
/// frees are returned to be started on that same thread.
///
/// `@unchecked Sendable`: `signature` is written by `makeRequest` and read by `finish`, which
/// the transport calls after it, never at the same time.
final class AttemptJob: TransportJob, @unchecked Sendable {
    private let run: RunState
    private let context: BodyRenderContext
    private let attempt: DeliveryScheduler.Attempt
    /// Virtual time of sending, from the scenario start.
    private let sentAt: Duration
    private let wallTime: Date
    private var signature: String?

    init(run: RunState, context: BodyRenderContext, attempt: DeliveryScheduler.Attempt, sentAt: Duration, wallTime: Date) {
        self.run = run
        self.context = context
        self.attempt = attempt
        self.sentAt = sentAt
        self.wallTime = wallTime
    }

    func makeRequest() -> DeliveryRequest {
        let made = run.request(for: context, retry: attempt.retry)
        signature = made.signature
        return made.request
    }

    func finish(_ response: TransportResponse, next: inout [any TransportJob]) {
        let result = run.result(of: response, signature: signature)
        run.complete(SentAttempt(attempt: attempt, sentAt: sentAt, wallTime: wallTime, result: result)) { next.append($0) }
    }

    /// Sends through ``WebhookDeliverer/deliver(body:retry:virtualNow:)`` in a task, for
    /// endpoints with OAuth2, whose token may have to be fetched first.
    func deliverInTask() {
        Task { [self] in
            let result = await run.deliverer.deliver(body: run.render(context), retry: attempt.retry, virtualNow: sentAt)
            var next: [AttemptJob] = []
            run.complete(SentAttempt(attempt: attempt, sentAt: sentAt, wallTime: wallTime, result: result)) { next.append($0) }
            run.start(next)
        }
    }
}
