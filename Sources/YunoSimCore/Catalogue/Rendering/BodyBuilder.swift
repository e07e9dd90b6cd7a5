/// Collects the slots of one body while its template tree is written. A slot stands in the
/// tree as a private-use marker string until `CompiledBody` replaces it.
final class BodyBuilder {
    private(set) var slots: [Slot] = []
    /// Variables whose value the caller fixed (e.g. one account id for a whole run).
    private let fixed: [BodyVariable: String]

    static let marker: Character = "\u{F8FF}"

    init(fixed: [BodyVariable: String] = [:]) { self.fixed = fixed }

    func slot(_ slot: Slot) -> JSONValue {
        slots.append(slot)
        return .string("\(Self.marker)\(slots.count - 1)")
    }

    func text(_ parts: TextPart...) -> JSONValue { slot(.text(parts)) }

    func uuid(_ variable: BodyVariable) -> JSONValue {
        if let value = fixed[variable] { return .string(value) }
        return text(.uuid(variable))
    }

    /// The instance time minus `secondsBefore`, with up to a second of seeded jitter.
    func time(_ secondsBefore: Int64, jitter: BodyVariable? = nil) -> JSONValue {
        text(.time(secondsBefore: secondsBefore, jitter: jitter))
    }

    func pick(_ variable: BodyVariable, _ options: [String]) -> JSONValue { text(.choice(variable, options)) }

    func digits(_ variable: BodyVariable, _ count: Int) -> JSONValue { text(.digits(variable, count: count)) }

    func amount(_ variable: BodyVariable) -> JSONValue { slot(.amount(variable)) }

    func integer(_ variable: BodyVariable, _ range: ClosedRange<Int64>) -> JSONValue { slot(.integer(variable, range)) }

    func retry() -> JSONValue { slot(.retry) }

    /// The slot a marker string stands for, if `text` is one of this builder's markers.
    static func slotIndex(_ text: String, count: Int) -> Int? {
        guard text.first == marker, let index = Int(text.dropFirst()), (0..<count).contains(index) else { return nil }
        return index
    }
}
