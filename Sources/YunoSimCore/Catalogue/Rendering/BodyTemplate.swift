/// A body before rendering: JSON whose values may also be slots, the places where each
/// instance or attempt writes a generated value. Overrides edit this tree; `CompiledBody`
/// turns it into render steps.
indirect enum BodyTemplate: Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case double(Double)
    case string(String)
    case array([BodyTemplate])
    case object(TemplateObject)
    /// A value generated for each render.
    case slot(Slot)

    /// `value` as a template with no slots: what an override puts in a body.
    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(BodyTemplate.init))
        case .object(let object): self = .object(TemplateObject(uniqueKeysWithValues: object.map { key, member in (key, BodyTemplate(member)) }))
        }
    }
}

extension BodyTemplate: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    init(nilLiteral: ()) { self = .null }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int64) { self = .integer(value) }
    init(floatLiteral value: Double) { self = .double(value) }
    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: BodyTemplate...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, BodyTemplate)...) { self = .object(TemplateObject(elements) { _, last in last }) }
}
