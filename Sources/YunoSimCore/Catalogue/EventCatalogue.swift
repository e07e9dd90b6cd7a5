/// Every event Yuno sends (CONTRACT §7), looked up by its catalogue name.
public struct EventCatalogue: Sendable {
    /// The catalogue in the order of Yuno's tables: payment, enrollment, payout, subscription,
    /// onboarding, report, split transfers, banking.
    public let entries: [CatalogueEntry]
    private let index: [String: Int]

    init(entries: [CatalogueEntry]) {
        self.entries = entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() { index[entry.name.typeEvent] = position }
        self.index = index
    }

    /// Yuno's catalogue.
    public static let yuno = EventCatalogue(entries: yunoEntries)

    /// The entry named `name`; an unknown name fails with the closest known names.
    public func entry(named name: String) throws(InputError) -> CatalogueEntry {
        if let position = index[name] { return entries[position] }
        let matches = suggestions(for: name)
        let hint = matches.isEmpty
            ? "run `yuno-sim events list` to see every event"
            : "did you mean \(matches.joined(separator: " or "))?"
        throw InputError("unknown event '\(name)'; \(hint)")
    }

    /// Up to three known names closest to `name` by edit distance.
    public func suggestions(for name: String) -> [String] {
        let typed = Array(name.lowercased().utf8)
        let limit = max(2, typed.count / 3)
        let scored = entries.compactMap { entry -> (Int, String)? in
            let candidate = entry.name.typeEvent
            let distance = Self.editDistance(typed, Array(candidate.utf8))
            let sameEvent = candidate.hasSuffix(".\(name)")
            guard distance <= limit || sameEvent else { return nil }
            return (sameEvent ? 0 : distance, candidate)
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(3).map(\.1)
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Every `type_event` a user may name.
    public var names: Set<String> { Set(entries.map(\.name.typeEvent)) }

    /// The variants of each event that has any.
    public var variantsByEvent: [String: Set<String>] {
        Dictionary(uniqueKeysWithValues: entries.filter { !$0.variants.isEmpty }.map { ($0.name.typeEvent, Set($0.variants)) })
    }
}
