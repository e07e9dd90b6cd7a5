/// One entry of `events:`: an event sent at a virtual offset, possibly repeated.
public struct ScenarioEvent: Sendable, Hashable {
    /// Unique within the scenario; expectations name events by it.
    public var id: String
    /// The dotted `type_event`.
    public var event: EventName
    /// Virtual time after the scenario starts at which the first try is due.
    public var at: Duration
    /// A named catalogue variant, e.g. `declined` or `routed`.
    public var variant: String?
    /// Body overrides, one `.set` per `set:` entry, applied in file order.
    public var overrides: [BodyOverride]
    /// `repeat:`; `nil` sends the event once.
    public var repetition: Repetition?

    public init(
        id: String,
        event: EventName,
        at: Duration = .zero,
        variant: String? = nil,
        overrides: [BodyOverride] = [],
        repetition: Repetition? = nil
    ) {
        self.id = id
        self.event = event
        self.at = at
        self.variant = variant
        self.overrides = overrides
        self.repetition = repetition
    }

    /// How many separate events this entry sends.
    public var occurrences: Int { repetition?.count ?? 1 }

    /// `repeat: {count: N, every: D}`: N events, the k-th due at `at + k × every`.
    public struct Repetition: Sendable, Hashable {
        public var count: Int
        public var every: Duration

        public init(count: Int, every: Duration = .zero) {
            self.count = count
            self.every = every
        }
    }
}
