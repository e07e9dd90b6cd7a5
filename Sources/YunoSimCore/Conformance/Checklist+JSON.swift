/// `yuno-sim check --json`: the checklist as one JSON document, stable for scripts.
extension Checklist {
    /// `{url, passed, counts, probes: [{id, title, verdict, reason, consequence, details, seconds}],
    /// events: [{type_event, status, latency_ms, error, received}]}`, pretty-printed.
    public func json() -> String {
        var counts = JSONObject()
        for verdict in Verdict.allCases { counts[verdict.rawValue.lowercased()] = .integer(Int64(count(verdict))) }
        let probes: [JSONValue] = results.map { result in
            let outcome = result.outcome
            return [
                "id": .string(result.id),
                "title": .string(result.title),
                "verdict": .string(result.verdict.rawValue),
                "reason": .string(outcome.reason),
                "consequence": outcome.consequence.map(JSONValue.string) ?? .null,
                "details": .array(outcome.details.map(JSONValue.string)),
                "seconds": .double(Thousandths(result.elapsed.seconds).value),
            ]
        }
        let events: [JSONValue] = deliveries.map { delivery in
            let response = delivery.result.response
            return [
                "type_event": .string(delivery.event),
                "received": .bool(delivery.result.isAcknowledged),
                "status": response.status.map { .integer(Int64($0)) } ?? .null,
                "latency_ms": .double(Thousandths(response.latency.seconds * 1_000).value),
                "error": delivery.result.error.map { .string($0.shortName) } ?? .null,
            ]
        }
        let document: JSONValue = [
            "url": .string(url),
            "passed": .bool(passed),
            "counts": .object(counts),
            "seconds": .double(Thousandths(elapsed.seconds).value),
            "probes": .array(probes),
            "events": .array(events),
        ]
        return document.prettyText
    }
}
