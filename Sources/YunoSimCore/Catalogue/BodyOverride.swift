/// A change the user asks for on top of a generated body: `--set PATH=VALUE` or `--merge FILE`.
public enum BodyOverride: Sendable, Equatable {
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
        try Self.checkNoMarker(in: value, source: "the value of '\(path)'")
        // Check the path now, so a bad flag fails before anything is sent.
        var probe = JSONValue.null
        try probe.set(path: path, value: value)
        self = .set(path: path, value: value)
    }

    /// Parses a merge-patch document; `source` names it in errors.
    public init(mergePatch bytes: [UInt8], source: String) throws(InputError) {
        let patch = try JSONParser.parse(bytes, source: source)
        try Self.checkNoMarker(in: patch, source: source)
        self = .merge(patch)
    }

    /// Rejects text holding U+F8FF: generated values stand in a body as that private-use
    /// character followed by a number until rendering, so a user's `"\u{F8FF}0"` would be
    /// rendered as a generated value instead of sent as written.
    private static func checkNoMarker(in value: JSONValue, source: String) throws(InputError) {
        switch value {
        case .string(let text):
            guard !text.contains(BodyBuilder.marker) else {
                throw InputError("\(source): U+F8FF is reserved for yuno-sim's generated values; remove it from the value")
            }
        case .array(let elements):
            for element in elements { try checkNoMarker(in: element, source: source) }
        case .object(let object):
            for (_, member) in object { try checkNoMarker(in: member, source: source) }
        case .null, .bool, .integer, .double:
            break
        }
    }

    func apply(to body: inout JSONValue) throws(InputError) {
        switch self {
        case .set(let path, let value): try body.set(path: path, value: value)
        case .merge(let patch): body.mergePatch(patch)
        }
    }
}
