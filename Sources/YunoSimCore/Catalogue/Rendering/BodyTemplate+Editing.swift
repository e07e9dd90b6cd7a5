/// Overrides edit the template, not the rendered bytes: a value set over a slot replaces the
/// slot, and a path through a slot (which holds no members) turns it into an object.
extension BodyTemplate {
    /// Applies an RFC 7386 JSON merge patch: objects merge key by key, `null` removes a key,
    /// anything else replaces the target.
    mutating func mergePatch(_ patch: JSONValue) {
        guard case .object(let changes) = patch else {
            self = BodyTemplate(patch)
            return
        }
        var object: TemplateObject
        if case .object(let existing) = self { object = existing } else { object = TemplateObject() }
        for (key, change) in changes {
            if change == .null {
                object[key] = nil
            } else {
                var member = object[key] ?? .null
                member.mergePatch(change)
                object[key] = member
            }
        }
        self = .object(object)
    }

    /// Sets the value at a dotted `path` such as `data.payment.amount.value`. Missing or
    /// non-object intermediates become objects; a numeric segment indexes an existing array.
    /// A list is never turned into an object: a segment that is not one of its indices
    /// (`transactions.3` with one transaction, `transactions.x`) is an error.
    mutating func set(path: String, value: BodyTemplate) throws(InputError) {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains(where: \.isEmpty) else {
            throw InputError("'\(path)' is not a path; write keys separated by dots, like data.payment.status")
        }
        try set(segments, from: 0, value: value)
    }

    private mutating func set(_ segments: [String], from index: Int, value: BodyTemplate) throws(InputError) {
        guard index < segments.count else {
            self = value
            return
        }
        let segment = segments[index]
        if case .array(var elements) = self {
            // Written as plain digits: `+0`, `-0` and `00` are not indices.
            guard let position = Int(segment), String(position) == segment, elements.indices.contains(position) else {
                let list = segments[..<index].joined(separator: ".")
                let indices = elements.isEmpty ? "it is an empty list" : "it is a list; index it from 0 to \(elements.count - 1)"
                throw InputError("'\(segments.joined(separator: "."))': there is no \(segment) in \(list): \(indices)")
            }
            try elements[position].set(segments, from: index + 1, value: value)
            self = .array(elements)
            return
        }
        var object: TemplateObject
        if case .object(let existing) = self { object = existing } else { object = TemplateObject() }
        var member = object[segment] ?? .null
        try member.set(segments, from: index + 1, value: value)
        object[segment] = member
        self = .object(object)
    }
}
