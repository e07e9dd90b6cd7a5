import Foundation
import YunoSimCore
import YunoSimTesting

/// The two socket-free measurements: the scheduler state machine with its virtual clock, and
/// the full delivery pipeline over an in-memory transport that answers every attempt with 500,
/// running jobs on one thread per core as the curl transport does.
struct SchedulerBenchmark {
    let events: Int
    let concurrency: Int
    /// A fixed virtual start, so rendered bodies are reproducible.
    private let start = Date(timeIntervalSince1970: 1_772_366_400)

    /// Drives ``DeliveryScheduler`` and ``VirtualClock`` the way the runner does in instant
    /// mode, failing every attempt as soon as it is handed out. Returns the attempts made.
    func schedulerAlone() -> Int {
        var clock = VirtualClock(mode: .instant, start: start)
        var scheduler = DeliveryScheduler(schedule: .yuno, concurrency: concurrency)
        for _ in 0..<events { scheduler.schedule(at: .zero) }
        var attempts = 0
        while true {
            switch scheduler.nextAction(now: clock.now(realElapsed: .zero)) {
            case .send(let batch):
                for attempt in batch {
                    scheduler.attemptCompleted(attempt, acknowledged: false)
                }
                attempts += batch.count
            case .sleep(until: let due):
                clock.advance(to: due)
            case .awaitCompletion:
                preconditionFailure("nothing is in flight between batches")
            case .finished:
                return attempts
            }
        }
    }

    /// Runs `payment.purchase` × `events` through ``DeliveryRunner``: catalogue body rendered
    /// with `retry` set, HMAC-signed, handed to the transport, which answers 500. Returns the
    /// attempts made.
    func fullPipeline() async throws -> Int {
        let event = try ScheduledEvent(id: "purchase", event: EventName("payment.purchase"), repeatCount: events)
        let endpoint = Endpoint(
            url: try WebhookURL("http://127.0.0.1:9/webhooks/yuno"),
            credentials: EndpointCredentials(apiKey: "bench-api-key", secret: "bench-secret", hmacSecret: "bench-hmac-secret")
        )
        let runner = DeliveryRunner(
            configuration: try RunConfiguration(clock: .instant, start: start, concurrency: concurrency, keepsTimelines: false),
            deliverer: WebhookDeliverer(endpoint: endpoint, transport: InMemoryTransport(
                threads: ProcessInfo.processInfo.activeProcessorCount, concurrency: concurrency, recording: false
            ) { request in TransportResponse(status: 500, latency: .zero, bytesSent: request.body.count) }),
            render: try DeliveryRunner.catalogueBodies(for: [event], seed: 1)
        )
        let result = try await runner.run([event])
        return result.attemptCount
    }

    /// Renders and signs `events` bodies on one thread, no scheduler: the per-attempt work
    /// that ``fullPipeline()`` spreads over the cores. Returns the bodies made.
    func renderAndSign() throws -> Int {
        let template = try EventTemplate(event: "payment.purchase")
        let signer = WebhookSigner(hmacSecret: "bench-hmac-secret")
        var bytes = 0
        for instance in 0..<events {
            let body = template.render(instanceSeed: UInt64(instance), retry: instance % 7, time: start)
            bytes &+= signer.signature(for: body).utf8.count &+ body.count
        }
        precondition(bytes > 0)
        return events
    }
}
