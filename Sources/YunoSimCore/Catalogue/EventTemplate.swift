import Foundation

/// One event's body, prepared once (catalogue entry, variant, overrides applied) and rendered
/// for every delivery attempt of every instance.
///
/// A render is a function of `(instanceSeed, retry, time)` only: ids, amounts and names come
/// from `instanceSeed`, timestamps from `time`; attempts of one instance differ only in `retry`,
/// so the idempotency key stays the same while the bytes (and the signature) change.
public struct EventTemplate: Sendable {
    /// The catalogue entry the body comes from.
    public let entry: CatalogueEntry
    /// The variant chosen, nil for the default body.
    public let variant: String?
    let compiled: CompiledBody

    /// Prepares the body of `event`. Throws when the event or variant is unknown or an
    /// override's path is malformed. `accountID` pins `account_id` (default: from the instance seed).
    public init(event: String, variant: String? = nil, overrides: [BodyOverride] = [], accountID: UUID? = nil,
                catalogue: EventCatalogue = .yuno) throws(InputError) {
        let entry = try catalogue.entry(named: event)
        let kind = try entry.body(variant: variant)
        let fixed = accountID.map { [BodyVariable.account: $0.uuidString.lowercased()] } ?? [:]
        let builder = BodyBuilder(fixed: fixed)
        var envelope: TemplateObject = ["type": .string(entry.name.type), "type_event": .string(entry.wireTypeEvent)]
        if kind.isSplitTransfer {
            envelope["trace_id"] = builder.text(.digits(.trace, count: 16))
            envelope["transfer_id"] = SplitTransferBody.transferID(builder)
        }
        envelope["account_id"] = builder.uuid(.account)
        envelope["retry"] = builder.retry()
        envelope["version"] = kind.isSplitTransfer ? 1 : 2
        envelope["data"] = kind.data(builder)
        var template = BodyTemplate.object(envelope)
        for override in overrides { try override.apply(to: &template) }
        self.entry = entry
        self.variant = variant
        self.compiled = CompiledBody(template: template)
    }

    /// Prepares the body of `event`; see `init(event:variant:overrides:accountID:catalogue:)`.
    public init(event: EventName, variant: String? = nil, overrides: [BodyOverride] = [], accountID: UUID? = nil,
                catalogue: EventCatalogue = .yuno) throws(InputError) {
        try self.init(event: event.typeEvent, variant: variant, overrides: overrides, accountID: accountID, catalogue: catalogue)
    }

    /// The compact body bytes for one attempt: deterministic for `(instanceSeed, retry, time)`.
    public func render(instanceSeed: UInt64, retry: Int, time: Date) -> [UInt8] {
        compiled.render(seed: instanceSeed, retry: retry, time: time)
    }
}
