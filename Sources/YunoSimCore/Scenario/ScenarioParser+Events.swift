import Yams

/// `events:`: what is sent, when, and with which overrides.
extension ScenarioParser {
    static let eventKeys = ["id", "event", "at", "variant", "set", "repeat"]
    static let repeatKeys = ["count", "every"]
    /// Event instances (events times their `repeat` counts) one scenario may hold: about 1.5 GB.
    public static let maximumInstances = 10_000_000
    /// From the start to the last attempt of any event: the longest duration a scenario can write.
    public static let maximumSpan = Duration.seconds(1_000_000_000)

    /// Reports a scenario too large to hold (each instance is held from the start: 100 events
    /// repeated 1,000,000 times took 15 GB before a send) or too long to time (beyond the span,
    /// times were clamped and dates printed with the wrong century).
    func checkSize(of events: [ScenarioEvent], retry: RetrySchedule, at node: Node, with reader: ScenarioNodeReader) {
        let instances = events.reduce(0) { $0 + $1.occurrences }
        if instances > Self.maximumInstances {
            reader.report("the events add up to \(instances) deliveries; a scenario holds at most \(Self.maximumInstances) (split it into several files)", at: node)
        }
        let lastRetry = retry.offset(ofAttempt: retry.attemptCount) ?? .zero
        for event in events {
            let last = event.at + (event.repetition.map { $0.every * ($0.count - 1) } ?? .zero) + lastRetry
            if last > Self.maximumSpan {
                reader.report("event '\(event.id)': its last attempt would come \(last.notation) after the start; a scenario spans at most \(Self.maximumSpan.notation)", at: node)
            }
        }
    }

    /// The valid events, and the ids of every entry (valid or not), so that expectations
    /// about an entry with a problem are not reported a second time.
    func readEvents(_ node: Node, with reader: ScenarioNodeReader) -> (events: [ScenarioEvent], ids: [String]) {
        guard let items = reader.sequence(node, key: "events") else { return ([], []) }
        if items.isEmpty {
            reader.report("'events' is empty; a scenario sends at least one event", at: node)
        }
        var events: [ScenarioEvent] = []
        var idLines: [String: Int] = [:]
        // The endpoint, and with it every credential, is read before the events.
        let redact = Redactor(secrets: reader.secrets)
        for (index, item) in items.enumerated() {
            guard let fields = reader.mapping(item, "event", allowed: Self.eventKeys) else { continue }
            let name = reader.require(fields, "event", in: "event").flatMap { readEventName($0, with: reader) }
            let idNode = fields["id"] ?? item
            let id = fields["id"].flatMap { reader.label($0, key: "id") }
                ?? "\(name?.typeEvent ?? "event")-\(index + 1)"
            if fields["id"] != nil, redact(id) != id {
                // Not quoted: it holds the credential.
                reader.report("this event id holds the value of a credential; ids go unmasked into journals and reports, so rename it", at: idNode)
            } else if let firstLine = idLines[id] {
                reader.report("duplicate event id '\(id)'; it is already used on line \(firstLine)", at: idNode)
            } else {
                idLines[id] = idNode.mark?.line ?? 0
            }
            let at = fields["at"].flatMap { reader.duration($0, key: "at") } ?? .zero
            let variant = fields["variant"].flatMap { reader.string($0, key: "variant") }
            let overrides = fields["set"].map { readOverrides($0, with: reader) } ?? []
            let repetition = fields["repeat"].flatMap { readRepetition($0, with: reader) }
            guard let name else { continue }
            if let variant, let node = fields["variant"] {
                checkVariant(variant, of: name, at: node, with: reader)
            }
            if let catalogue, let node = fields["set"], !overrides.isEmpty {
                checkOverrides(overrides, on: name, variant: variant, catalogue: catalogue, at: node, with: reader)
            }
            events.append(ScenarioEvent(
                id: id, event: name, at: at, variant: variant, overrides: overrides, repetition: repetition
            ))
        }
        return (events, Array(idLines.keys))
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
            let hint = reader.hint(for: name.typeEvent, among: knownEvents)
            reader.report("unknown event '\(name.typeEvent)'\(hint) ('yuno-sim events list' shows them all)", at: node)
            return nil
        }
        return name
    }

    private func checkVariant(_ variant: String, of name: EventName, at node: Node, with reader: ScenarioNodeReader) {
        guard let variants = knownVariants[name.typeEvent], !variants.contains(variant) else { return }
        let hint = reader.hint(for: variant, among: variants)
        let list = variants.isEmpty ? "none" : variants.sorted().joined(separator: ", ")
        reader.report("\(name.typeEvent) has no variant '\(variant)'\(hint) (variants: \(list))", at: node)
    }

    /// Applies `overrides` to the event's catalogue body, so a path into a list that has no
    /// such item (`data.transactions.0` where a fraud-screening decline has none) is reported
    /// here, with a line, rather than when the run starts.
    private func checkOverrides(
        _ overrides: [BodyOverride], on name: EventName, variant: String?, catalogue: EventCatalogue,
        at node: Node, with reader: ScenarioNodeReader
    ) {
        // An unknown variant is reported by checkVariant already.
        guard let entry = try? catalogue.entry(named: name.typeEvent), (try? entry.body(variant: variant)) != nil else { return }
        do {
            _ = try EventTemplate(event: name, variant: variant, overrides: overrides, catalogue: catalogue)
        } catch {
            reader.report("'set': \(error.message)", at: node)
        }
    }

    /// One `.set` per entry, its key the whole path: a key may hold `=`, which only `--set`
    /// reads as the end of the path.
    private func readOverrides(_ node: Node, with reader: ScenarioNodeReader) -> [BodyOverride] {
        guard case .mapping(let mapping) = node else {
            let kind = ScenarioNodeReader.kind(of: node)
            reader.report(
                "'set' must be a mapping of body paths to values, like {data.payment.amount.value: 1500}, not \(kind)",
                at: node
            )
            return []
        }
        var overrides: [BodyOverride] = []
        for (pathNode, valueNode) in mapping {
            guard case .scalar(let pathScalar) = pathNode,
                  !pathScalar.string.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
            else {
                reader.report("a path in 'set' must be dotted names like data.payment.amount.value", at: pathNode)
                continue
            }
            guard pathScalar.string != "retry", !pathScalar.string.hasPrefix("retry.") else {
                // Pinned, it would say the same number on every attempt while the journal counts up.
                reader.report("'retry' is set for each attempt (0 on the first try, then 1, 2, …); remove it from 'set'", at: pathNode)
                continue
            }
            guard let value = reader.json(valueNode, key: pathScalar.string) else { continue }
            overrides.append(.set(path: pathScalar.string, value: value))
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
