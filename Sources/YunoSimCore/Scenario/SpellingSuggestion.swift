/// "Did you mean …?" for a misspelt key, event name or id.
public enum SpellingSuggestion {
    /// The candidate closest to `text` by edit distance, when it is close enough to be a typo.
    public static func closest(to text: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, text.count / 3)
        let letters = Array(text.lowercased())
        var best: (name: String, distance: Int)?
        // The distance is at least the difference in length: most candidates need no table.
        for candidate in candidates where abs(candidate.count - letters.count) <= limit {
            let distance = editDistance(letters, Array(candidate.lowercased()))
            guard distance <= limit else { continue }
            if let current = best,
               current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// `"; did you mean 'x'?"`, or nothing when no candidate is close.
    public static func hint(for text: String, among candidates: some Sequence<String>) -> String {
        closest(to: text, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        for i in 1...a.count {
            let beforePrevious = previousRow
            previousRow = row
            row = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }
}
