import Yams

/// `expect:`: what must have happened to named events.
extension ScenarioParser {
    static let expectationKeys = ["event", "delivered", "attempt", "within"]

    func readExpectations(
        _ node: Node, ids: [String], retry: RetryScheduleSetting, with reader: ScenarioNodeReader
    ) -> [ScenarioExpectation] {
        guard let items = reader.sequence(node, key: "expect") else { return [] }
        let attempts = 1...max(1, retry.attemptCount)
        var expectations: [ScenarioExpectation] = []
        for item in items {
            guard let fields = reader.mapping(item, "expectation", allowed: Self.expectationKeys),
                  let eventNode = reader.require(fields, "event", in: "expectation", note: "; name an event by its id"),
                  let id = reader.string(eventNode, key: "event")
            else { continue }
            if !ids.contains(id) {
                let hint = SpellingSuggestion.hint(for: id, among: ids.sorted())
                reader.report("expectation names event '\(id)', but no event has that id\(hint)", at: eventNode)
            }
            var expectation = ScenarioExpectation(event: id)
            expectation.delivered = fields["delivered"].flatMap { reader.bool($0, key: "delivered") }
            expectation.attempt = fields["attempt"].flatMap { reader.integer($0, key: "attempt", in: attempts) }
            expectation.within = fields["within"].flatMap { reader.integer($0, key: "within", in: attempts) }
            if expectation.attempt != nil, expectation.within != nil, let node = fields["within"] {
                reader.report("write either 'attempt' (exactly) or 'within' (at most), not both", at: node)
            }
            if expectation.delivered == false, expectation.attempt != nil || expectation.within != nil,
               let node = fields["delivered"] {
                reader.report("'attempt' and 'within' need delivered: true; an undelivered event has no delivering attempt", at: node)
            }
            expectations.append(expectation)
        }
        return expectations
    }
}
