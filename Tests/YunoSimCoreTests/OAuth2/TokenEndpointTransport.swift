import Foundation
import Synchronization
import YunoSimCore

/// A transport that plays both a token endpoint and a merchant, in memory: token requests get
/// `token-1`, `token-2`, … (or what `tokenAnswer` says), deliveries get what `deliveryAnswer`
/// says for the bearer token they carry. Token requests can be held at a gate.
final class TokenEndpointTransport: Transport {
    static let tokenURL = "http://127.0.0.1:9/oauth/token"
    static let deliveryURL = "http://127.0.0.1:9/webhooks/yuno"

    struct Delivery: Sendable {
        var retry: Int
        /// The value of the authorization header (any name), without `Bearer `.
        var bearer: String?
        var request: DeliveryRequest
    }

    private struct State {
        var tokenRequests: [DeliveryRequest] = []
        var deliveries: [Delivery] = []
    }

    private let state = Mutex(State())
    private let gate: TestGate
    private let tokenAnswer: @Sendable (_ number: Int) -> TransportResponse
    private let deliveryAnswer: @Sendable (_ bearer: String?, _ retry: Int) -> Int
    private let authorizationName: String

    init(
        gateOpen: Bool = true,
        authorizationName: String = "Authorization",
        tokenAnswer: @escaping @Sendable (_ number: Int) -> TransportResponse = { TokenEndpointTransport.token("token-\($0)", expiresIn: 3_600) },
        deliveryAnswer: @escaping @Sendable (_ bearer: String?, _ retry: Int) -> Int = { bearer, _ in bearer == nil ? 401 : 200 }
    ) {
        self.gate = TestGate(open: gateOpen)
        self.authorizationName = authorizationName
        self.tokenAnswer = tokenAnswer
        self.deliveryAnswer = deliveryAnswer
    }

    /// A 200 answer holding `token`.
    static func token(_ token: String, expiresIn: Int) -> TransportResponse {
        let body = #"{"access_token":"\#(token)","token_type":"Bearer","expires_in":\#(expiresIn)}"#
        return TransportResponse(status: 200, latency: .milliseconds(1), bodyPrefix: Array(body.utf8))
    }

    func deliver(_ request: DeliveryRequest) async -> TransportResponse {
        if request.url == Self.tokenURL {
            let number = state.withLock { state in
                state.tokenRequests.append(request)
                return state.tokenRequests.count
            }
            await gate.pass()
            return tokenAnswer(number)
        }
        let bearer = request.headers.first { $0.name == authorizationName }?.value
            .split(separator: " ", maxSplits: 1).last.map(String.init)
        let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
        let retry = (object?["retry"] as? NSNumber)?.intValue ?? -1
        state.withLock { $0.deliveries.append(Delivery(retry: retry, bearer: bearer, request: request)) }
        return TransportResponse(status: deliveryAnswer(bearer, retry), latency: .milliseconds(1))
    }

    func openGate() {
        gate.open()
    }

    var tokenRequests: [DeliveryRequest] { state.withLock { $0.tokenRequests } }
    var deliveries: [Delivery] { state.withLock { $0.deliveries } }
}
