import Synchronization
import YunoSimCore
import YunoSimTesting

/// A transport that plays both a token endpoint and a merchant on an ``InMemoryTransport``, so
/// token requests and deliveries run as the transport's jobs: token requests get `token-1`,
/// `token-2`, … (or what `tokenAnswer` says), deliveries get what `deliveryAnswer` says for the
/// bearer token they carry. Requests can be held at a gate.
final class TokenEndpointTransport: Transport {
    static let tokenURL = "http://127.0.0.1:9/oauth/token"
    static let deliveryURL = "http://127.0.0.1:9/webhooks/yuno"

    struct Delivery: Sendable {
        var retry: Int
        /// The value of the authorization header (any name), without `Bearer `.
        var bearer: String?
        var request: DeliveryRequest
        /// The transport thread that sent it.
        var thread: Int
    }

    /// Token requests answered so far.
    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    let inMemory: InMemoryTransport
    private let authorizationName: String

    init(
        gateOpen: Bool = true,
        authorizationName: String = "Authorization",
        tokenAnswer: @escaping @Sendable (_ number: Int) -> TransportResponse = { TokenEndpointTransport.token("token-\($0)", expiresIn: 3_600) },
        deliveryAnswer: @escaping @Sendable (_ bearer: String?, _ retry: Int) -> Int = { bearer, _ in bearer == nil ? 401 : 200 }
    ) {
        self.authorizationName = authorizationName
        let tokenRequests = Counter()
        self.inMemory = InMemoryTransport(gateOpen: gateOpen) { request in
            if request.url == Self.tokenURL {
                return tokenAnswer(tokenRequests.value.add(1, ordering: .relaxed).newValue)
            }
            let bearer = Self.bearer(in: request, name: authorizationName)
            return TransportResponse(status: deliveryAnswer(bearer, InMemoryTransport.fields(request.body).retry), latency: .milliseconds(1))
        }
    }

    /// A 200 answer holding `token`.
    static func token(_ token: String, expiresIn: Int) -> TransportResponse {
        let body = #"{"access_token":"\#(token)","token_type":"Bearer","expires_in":\#(expiresIn)}"#
        return TransportResponse(status: 200, latency: .milliseconds(1), bodyPrefix: Array(body.utf8))
    }

    private static func bearer(in request: DeliveryRequest, name: String) -> String? {
        request.headers.first { $0.name == name }?.value.split(separator: " ", maxSplits: 1).last.map(String.init)
    }

    func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        await inMemory.deliver(request)
    }

    func submit(_ job: any TransportJob) {
        inMemory.submit(job)
    }

    func openGate() {
        inMemory.openGate()
    }

    var tokenRequests: [DeliveryRequest] { inMemory.received.filter { $0.request.url == Self.tokenURL }.map(\.request) }
    var deliveries: [Delivery] {
        inMemory.received.filter { $0.request.url != Self.tokenURL }.map {
            Delivery(retry: $0.retry, bearer: Self.bearer(in: $0.request, name: authorizationName), request: $0.request, thread: $0.thread)
        }
    }
}
