import Foundation
import Synchronization
import YunoSimCore

/// A transport for conformance tests: answers each request from a rule over its headers and
/// body, with a reported latency, and keeps every request.
final class ScriptedTransport: Transport {
    typealias Rule = @Sendable (_ request: DeliveryRequest, _ body: JSONValue?) -> (status: Int, latency: Duration)

    private let rule: Rule
    /// Reported with every answer, as curl reports a status line whose body never came.
    private let error: DeliveryError?
    private let requests = Mutex<[DeliveryRequest]>([])

    init(error: DeliveryError? = nil, _ rule: @escaping Rule = { _, _ in (200, .milliseconds(5)) }) {
        self.error = error
        self.rule = rule
    }

    func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        requests.withLock { $0.append(request) }
        let answer = rule(request, try? JSONParser.parse(request.body))
        return TransportResponse(status: answer.status, latency: answer.latency, error: error)
    }

    var received: [DeliveryRequest] { requests.withLock { $0 } }

    /// A check of the endpoint `http://127.0.0.1:9/hook` over this transport.
    func check(_ credentials: EndpointCredentials = EndpointCredentials(), events: String? = nil,
               retryWindow: Duration = .seconds(7)) throws -> ConformanceCheck {
        let endpoint = Endpoint(url: try WebhookURL("http://127.0.0.1:9/hook"), credentials: credentials,
                                timeouts: Endpoint.Timeouts(retry: retryWindow))
        return try ConformanceCheck(configuration: ConformanceConfiguration(events: try events.map(EventGlob.init), seed: 42),
                                    deliverer: WebhookDeliverer(endpoint: endpoint, transport: self))
    }
}

extension Checklist {
    /// The line with probe id `id`.
    func result(_ id: String) -> ProbeResult? { results.first { $0.id == id } }
}
