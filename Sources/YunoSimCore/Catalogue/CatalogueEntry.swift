/// One event Yuno sends: its name, how it appears on the wire, where it is documented,
/// and the body templates (default and named variants) that write it.
public struct CatalogueEntry: Sendable {
    /// Which of Yuno's lists names the event.
    public enum Source: String, Sendable, CaseIterable {
        /// Only the seed table (Configure page).
        case seed
        /// Only Yuno's later docs.
        case docs
        /// Both.
        case both
    }

    /// The catalogue name, e.g. `payment.purchase`; what users type.
    public let name: EventName
    /// The envelope's `type_event`. Usually the name; some events are delivered under
    /// another name (`onboarding.failed` as `onboarding.declined`), split transfers bare (`succeeded`).
    public let wireTypeEvent: String
    /// The dashboard/API trigger value that subscribes to it, where one exists.
    public let trigger: String?
    public let source: Source
    let body: BodyKind
    private let variantBodies: [(name: String, body: BodyKind)]

    init(_ name: String, trigger: String?, _ source: Source, _ body: BodyKind,
         wire: String? = nil, variants: [(name: String, body: BodyKind)] = []) {
        self.name = EventName(catalogued: name)
        let bare = body.isSplitTransfer ? String(name.split(separator: ".").last ?? "") : name
        self.wireTypeEvent = wire ?? bare
        self.trigger = trigger
        self.source = source
        self.body = body
        self.variantBodies = variants
    }

    /// The named variants, e.g. `declined`, `pending`, `rejected`, `routed` for payment.purchase.
    public var variants: [String] { variantBodies.map(\.name) }

    /// The body template for `variant` (nil: the default).
    func body(variant: String?) throws(InputError) -> BodyKind {
        guard let variant else { return body }
        if let match = variantBodies.first(where: { $0.name == variant }) { return match.body }
        let known = variants.isEmpty ? "it has no variants" : "its variants are \(variants.joined(separator: ", "))"
        throw InputError("\(name) has no variant '\(variant)'; \(known)")
    }
}

extension EventName {
    /// A name from the catalogue's own table, known to be well formed.
    init(catalogued text: String) {
        typeEvent = text
        type = text.lastIndex(of: ".").map { String(text[..<$0]) } ?? text
    }
}
