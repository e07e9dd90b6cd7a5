import Foundation
import Synchronization
import YunoSimCore

/// A transport for tests: answers from a rule, records every request, counts how many are in
/// flight, and can hold requests at a gate until the test opens it.
final class InMemoryTransport: Transport {
    struct Received: Sendable {
        var typeEvent: String
        var retry: Int
        var request: DeliveryRequest
    }

    private struct State {
        var received: [Received] = []
        var inFlight = 0
        var maxInFlight = 0
        var arrivalWaiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let state = Mutex(State())
    private let gate: TestGate
    private let answer: @Sendable (_ typeEvent: String, _ retry: Int) -> Int

    /// - Parameters:
    ///   - gateOpen: when `false`, requests wait inside ``deliver(_:)`` until ``openGate()``.
    ///   - answer: the HTTP status for an event type and `retry`.
    init(gateOpen: Bool = true, answer: @escaping @Sendable (_ typeEvent: String, _ retry: Int) -> Int = { _, _ in 200 }) {
        self.gate = TestGate(open: gateOpen)
        self.answer = answer
    }

    func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        let fields = Self.fields(request.body)
        state.withLock { state in
            state.received.append(Received(typeEvent: fields.typeEvent, retry: fields.retry, request: request))
            state.inFlight += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
            let arrived = state.received.count
            let ready = state.arrivalWaiters.filter { $0.count <= arrived }
            state.arrivalWaiters.removeAll { $0.count <= arrived }
            ready.forEach { $0.continuation.resume() }
        }
        await gate.pass()
        // Give other attempts a chance to start while this one is "on the wire".
        for _ in 0..<20 { await Task.yield() }
        state.withLock { $0.inFlight -= 1 }
        return TransportResponse(status: answer(fields.typeEvent, fields.retry), latency: .milliseconds(2))
    }

    /// Returns once `count` requests have arrived in total.
    func waitForRequests(_ count: Int) async {
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state in
                if state.received.count >= count { return true }
                state.arrivalWaiters.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Lets held and future requests through.
    func openGate() {
        gate.open()
    }

    var received: [Received] { state.withLock { $0.received } }
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }

    private static func fields(_ body: [UInt8]) -> (typeEvent: String, retry: Int) {
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        return (object?["type_event"] as? String ?? "?", (object?["retry"] as? NSNumber)?.intValue ?? -1)
    }
}
