/// One check of `yuno-sim check` beyond the catalogue sweep: it sends a few purpose-built
/// deliveries and says how the endpoint did.
///
/// Probes are values, so the list grows without touching the runner: a new forgery (an OAuth2
/// bearer token, say) is one more ``Forgery`` in ``Forgery/all``.
public struct ConformanceProbe: Sendable {
    /// Stable identifier: `forgery.missing_signature`, `duplicate`, …
    public let id: String
    /// What the probe checks, for people.
    public let title: String
    /// Catalogue events that must all be selected for the probe to run; it is skipped when
    /// `--events` leaves one out. (`fraud_screening` has its own rule: any payment event.)
    public let requiredEvents: [String]
    private let body: @Sendable (ProbeContext) async throws -> ProbeOutcome

    public init(id: String, title: String, requiredEvents: [String] = [],
                body: @escaping @Sendable (ProbeContext) async throws -> ProbeOutcome) {
        self.id = id
        self.title = title
        self.requiredEvents = requiredEvents
        self.body = body
    }

    /// Runs the probe; a probe that cannot build its request fails with the reason.
    public func run(_ context: ProbeContext) async -> ProbeOutcome {
        let selected = Set(context.events.map(\.name.typeEvent))
        let missing = requiredEvents.filter { !selected.contains($0) }
        guard missing.isEmpty else {
            return ProbeOutcome(.skip, "not probed: --events leaves out \(missing.joined(separator: " and "))")
        }
        do {
            return try await body(context)
        } catch {
            return ProbeOutcome(.fail, "the probe could not build its delivery: \(error)")
        }
    }

    /// Every probe after the sweep, in checklist order: forgeries, duplicate, out of order,
    /// unknown event, fraud screening.
    public static let standard: [ConformanceProbe] = Forgery.all.map(forgery) + [duplicate, outOfOrder, unknownEvent, fraudScreening]

    /// Sends the representative event altered by `forgery`. A 2xx fails: the endpoint took a
    /// forged webhook (Yuno counts only 200 as received, but a 204 still means it was processed).
    /// Another HTTP answer passes, unless the genuine delivery got no 200 either: then the
    /// refusal proves nothing, and neither does no answer at all; both warn.
    public static func forgery(_ forgery: Forgery) -> ConformanceProbe {
        ConformanceProbe(id: "forgery.\(forgery.id)", title: "Refuses \(forgery.title)") { context in
            guard forgery.applies(to: context.deliverer.endpoint) else {
                return ProbeOutcome(.skip, "not probed: no \(forgery.needs) is configured")
            }
            let event = context.representativeEvent
            let body = try context.body(event, seed: context.seed)
            let material = Forgery.ForgeryMaterial(
                credentials: context.credentials, otherBody: try context.body(event, seed: context.seed &+ 1),
                authorizationName: context.deliverer.endpoint.oauth2?.authorizationName
            )
            // A real token, so each forgery is refused for what it forges and not for a missing token.
            let token: OAuth2Token?
            do {
                token = try await context.deliverer.tokenProvider?.token(virtualNow: nil)
            } catch {
                return ProbeOutcome(.skip, "not probed: no OAuth2 token could be had (\(error)); see 'Every event gets 200'")
            }
            var (request, signature) = context.deliverer.request(body: body, retry: 0, token: token)
            forgery.forge(&request, material)
            // Sent without naming the token: its 401 is the refusal asked for, not a sign the token
            // went stale, which would drop it and make every later probe fetch one anew.
            let result = await context.deliverer.send(request, signature: signature)
            guard let status = result.response.status else {
                return ProbeOutcome(.warn, "\(forgery.title) (\(event)) proves nothing: it \(context.reason(result))",
                                    consequence: "only an HTTP answer shows whether the endpoint refuses it")
            }
            if (200..<300).contains(status) {
                let answer = status == 200 ? "got 200" : "got HTTP \(status), a success"
                return ProbeOutcome(.fail, "\(forgery.title) (\(event)) \(answer)", consequence: "your endpoint accepts forged webhooks")
            }
            if let genuine = context.representativeDelivery, genuine.response.status != 200 {
                return ProbeOutcome(.warn, "\(forgery.title) (\(event)) was refused (it \(context.reason(result))), "
                                    + "but so was the genuine delivery (it \(context.reason(genuine)))",
                                    consequence: "a refusal proves nothing while genuine webhooks are refused too; fix 'Every event gets 200' first")
            }
            return ProbeOutcome(.pass, "\(forgery.title) (\(event)) was refused: it \(context.reason(result))")
        }
    }
}
