/// A simple pattern over catalogue names: `*` matches any run of characters (dots included),
/// `?` exactly one; everything else matches itself. `payment.*`, `*.created`, `subscription.pause?`.
public struct EventGlob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let characters: [Character]

    public init(_ pattern: String) throws(InputError) {
        guard !pattern.isEmpty, !pattern.contains(where: \.isWhitespace) else {
            throw InputError("'\(pattern)' is not an event pattern; write one like payment.* (with * and ?)")
        }
        self.pattern = pattern
        self.characters = Array(pattern)
    }

    /// Whether `name` matches the whole pattern.
    public func matches(_ name: String) -> Bool {
        let text = Array(name)
        // Iterative wildcard matching with backtracking to the last `*`: linear for typical patterns.
        var p = 0, t = 0
        var star: Int?, starText = 0
        while t < text.count {
            if p < characters.count, characters[p] == "?" || characters[p] == text[t] {
                p += 1
                t += 1
            } else if p < characters.count, characters[p] == "*" {
                star = p
                starText = t
                p += 1
            } else if let star {
                p = star + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < characters.count, characters[p] == "*" { p += 1 }
        return p == characters.count
    }

    /// The entries of `catalogue` that match, in catalogue order; throws when none does.
    public func select(from catalogue: EventCatalogue) throws(InputError) -> [CatalogueEntry] {
        let selected = catalogue.entries.filter { matches($0.name.typeEvent) }
        guard !selected.isEmpty else {
            throw InputError("--events '\(pattern)' matches no catalogue event; run `yuno-sim events list` to see them")
        }
        return selected
    }

    public var description: String { pattern }
}
