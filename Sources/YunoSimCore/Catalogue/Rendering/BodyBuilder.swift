/// Writes the slots of a body template, and the values the caller fixed in their place.
struct BodyBuilder {
    /// Variables whose value the caller fixed (e.g. one account id for a whole run).
    private let fixed: [BodyVariable: String]

    init(fixed: [BodyVariable: String] = [:]) { self.fixed = fixed }

    func text(_ parts: TextPart...) -> BodyTemplate { .slot(.text(parts)) }

    func uuid(_ variable: BodyVariable) -> BodyTemplate {
        if let value = fixed[variable] { return .string(value) }
        return text(.uuid(variable))
    }

    /// The instance time minus `secondsBefore`, with up to a second of seeded jitter.
    func time(_ secondsBefore: Int64, jitter: BodyVariable? = nil) -> BodyTemplate {
        text(.time(secondsBefore: secondsBefore, jitter: jitter))
    }

    func pick(_ variable: BodyVariable, _ options: [String]) -> BodyTemplate { text(.choice(variable, options)) }

    func digits(_ variable: BodyVariable, _ count: Int) -> BodyTemplate { text(.digits(variable, count: count)) }

    func amount(_ variable: BodyVariable) -> BodyTemplate { .slot(.amount(variable)) }

    func integer(_ variable: BodyVariable, _ range: ClosedRange<Int64>) -> BodyTemplate { .slot(.integer(variable, range)) }

    func retry() -> BodyTemplate { .slot(.retry) }
}
