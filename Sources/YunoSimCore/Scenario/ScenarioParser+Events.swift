import Yams

/// `events:`: what is sent, when, and with which overrides.
extension ScenarioParser {
    static let eventKeys = ["id", "event", "at", "variant", "set", "repeat"]
    static let repeatKeys = ["count", "every"]

    func readEvents(_ node: Node, with reader: ScenarioNodeReader) -> [ScenarioEvent] {
        guard let items = reader.sequence(node, key: "events") else { return [] }
        if items.isEmpty {
            reader.report("'events' is empty; a scenario sends at least one event", at: node)
        }
        var events: [ScenarioEvent] = []
        var idLines: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let fields = reader.mapping(item, "event", allowed: Self.eventKeys),
                  let nameNode = reader.require(fields, "event", in: "event"),
                  let name = readEventName(nameNode, with: reader)
            else { continue }
            var event = ScenarioEvent(id: "\(name.typeEvent)-\(index + 1)", event: name)
            if let node = fields["id"], let id = reader.string(node, key: "id") {
                event.id = id
            }
            if let firstLine = idLines[event.id] {
                reader.report("duplicate event id '\(event.id)'; it is already used on line \(firstLine)", at: fields["id"] ?? item)
            } else {
                idLines[event.id] = (fields["id"] ?? item).mark?.line ?? 0
            }
            if let node = fields["at"], let at = reader.duration(node, key: "at") {
                event.at = at
            }
            if let node = fields["variant"], let variant = reader.string(node, key: "variant") {
                event.variant = variant
                checkVariant(variant, of: name, at: node, with: reader)
            }
            if let node = fields["set"] {
                event.overrides = readOverrides(node, with: reader)
            }
            if let node = fields["repeat"] {
                event.repetition = readRepetition(node, with: reader)
            }
            events.append(event)
        }
        return events
    }

    private func readEventName(_ node: Node, with reader: ScenarioNodeReader) -> EventName? {
        guard let text = reader.string(node, key: "event") else { return nil }
        let name: EventName
        do {
            name = try EventName(text)
        } catch {
            reader.report(error.message, at: node)
            return nil
        }
        if let knownEvents, !knownEvents.contains(name.typeEvent) {
            let hint = SpellingSuggestion.hint(for: name.typeEvent, among: knownEvents)
            reader.report("unknown event '\(name.typeEvent)'\(hint) ('yuno-sim events list' shows them all)", at: node)
            return nil
        }
        return name
    }

    private func checkVariant(_ variant: String, of name: EventName, at node: Node, with reader: ScenarioNodeReader) {
        guard let variants = knownVariants[name.typeEvent], !variants.contains(variant) else { return }
        let hint = SpellingSuggestion.hint(for: variant, among: variants)
        let list = variants.isEmpty ? "none" : variants.sorted().joined(separator: ", ")
        reader.report("\(name.typeEvent) has no variant '\(variant)'\(hint) (variants: \(list))", at: node)
    }

    private func readOverrides(_ node: Node, with reader: ScenarioNodeReader) -> [ScenarioEvent.Override] {
        guard case .mapping(let mapping) = node else {
            reader.report("'set' must be a mapping of body paths to values, like {data.payment.amount.value: 1500}, not \(ScenarioNodeReader.kind(of: node))", at: node)
            return []
        }
        var overrides: [ScenarioEvent.Override] = []
        for (pathNode, valueNode) in mapping {
            guard case .scalar(let pathScalar) = pathNode,
                  !pathScalar.string.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
            else {
                reader.report("a path in 'set' must be dotted names like data.payment.amount.value", at: pathNode)
                continue
            }
            if let json = reader.json(valueNode, key: pathScalar.string) {
                overrides.append(ScenarioEvent.Override(path: pathScalar.string, json: json))
            }
        }
        return overrides
    }

    private func readRepetition(_ node: Node, with reader: ScenarioNodeReader) -> ScenarioEvent.Repetition? {
        guard let fields = reader.mapping(node, "repeat", allowed: Self.repeatKeys) else { return nil }
        let every = fields["every"].flatMap { reader.duration($0, key: "every") } ?? .zero
        guard let countNode = reader.require(fields, "count", in: "repeat", note: "; write repeat: {count: 100, every: 1s}"),
              let count = reader.integer(countNode, key: "count", in: 1...1_000_000)
        else { return nil }
        return ScenarioEvent.Repetition(count: count, every: every)
    }
}
