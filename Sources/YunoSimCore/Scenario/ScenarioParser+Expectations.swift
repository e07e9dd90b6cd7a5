import Yams

/// `expect:`: what must have happened to named events.
extension ScenarioParser {
    static let expectationKeys = ["event", "delivered", "attempt", "within"]

    func readExpectations(
        _ node: Node, ids: [String], retry: RetrySchedule, with reader: ScenarioNodeReader
    ) -> [Expectation] {
        guard let items = reader.sequence(node, key: "expect") else { return [] }
        let attempts = 1...max(1, retry.attemptCount)
        let known = Set(ids)
        let sortedIDs = ids.sorted()
        var expectations: [Expectation] = []
        for item in items {
            guard let fields = reader.mapping(item, "expectation", allowed: Self.expectationKeys),
                  let eventNode = reader.require(fields, "event", in: "expectation", note: "; name an event by its id"),
                  let id = reader.string(eventNode, key: "event")
            else { continue }
            if !known.contains(id) {
                let hint = reader.hint(for: id, among: sortedIDs)
                reader.report("expectation names event '\(id)', but no event has that id\(hint)", at: eventNode)
            }
            let delivered = fields["delivered"].flatMap { reader.bool($0, key: "delivered") }
            let attempt = fields["attempt"].flatMap { reader.integer($0, key: "attempt", in: attempts) }
            let within = fields["within"].flatMap { reader.integer($0, key: "within", in: attempts) }
            if attempt != nil, within != nil, let node = fields["within"] {
                reader.report("write either 'attempt' (exactly) or 'within' (at most), not both", at: node)
            }
            if delivered == false, attempt != nil || within != nil, let node = fields["delivered"] {
                reader.report("'attempt' and 'within' need delivered: true; an undelivered event has no delivering attempt", at: node)
            }
            // The combinations `Expectation` refuses have just been reported with their position.
            if let expectation = try? Expectation(eventID: id, delivered: delivered, attempt: attempt, within: within) {
                expectations.append(expectation)
            }
        }
        return expectations
    }
}
