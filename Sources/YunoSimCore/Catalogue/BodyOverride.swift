/// A change the user asks for on top of a generated body: `--set PATH=VALUE`, `--merge FILE`
/// or a scenario's `set:`. Values are sent exactly as given: they replace generated values,
/// they never turn into one.
public enum BodyOverride: Sendable, Hashable {
    /// Set the value at a dotted path, creating missing objects on the way.
    case set(path: String, value: JSONValue)
    /// Apply an RFC 7386 JSON merge patch to the whole envelope.
    case merge(JSONValue)

    /// Parses `PATH=VALUE`. VALUE is JSON when it reads as JSON (`99`, `true`, `null`, `"99"`,
    /// `[…]`, `{…}`), otherwise the text itself as a string. Text that starts like a list or an
    /// object (`[`, `{`) but is not valid JSON is an error, not a string: it was meant as JSON.
    public init(assignment: String) throws(InputError) {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw InputError("--set '\(assignment)' needs PATH=VALUE, like data.payment.amount.value=99")
        }
        let path = String(assignment[..<equals])
        let text = String(assignment[assignment.index(after: equals)...])
        let value: JSONValue
        if let first = text.first(where: { !$0.isWhitespace }), first == "[" || first == "{" {
            do {
                value = try JSONParser.parse(text, source: "the value of '\(path)'")
            } catch {
                throw InputError("\(error.message); to send it as text, write it as a JSON string (\(path)='\"…\"')")
            }
        } else {
            value = (try? JSONParser.parse(text)) ?? .string(text)
        }
        // Check the path now, so a bad flag fails before anything is sent.
        var probe = BodyTemplate.null
        try probe.set(path: path, value: .null)
        self = .set(path: path, value: value)
    }

    /// Parses a merge-patch document; `source` names it in errors.
    public init(mergePatch bytes: [UInt8], source: String) throws(InputError) {
        self = .merge(try JSONParser.parse(bytes, source: source))
    }

    func apply(to body: inout BodyTemplate) throws(InputError) {
        switch self {
        case .set(let path, let value): try body.set(path: path, value: BodyTemplate(value))
        case .merge(let patch): body.mergePatch(patch)
        }
    }
}
