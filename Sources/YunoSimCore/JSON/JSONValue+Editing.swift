extension JSONValue {
    /// Applies an RFC 7386 JSON merge patch: objects merge key by key, `null` removes a key,
    /// anything else replaces the target.
    public mutating func mergePatch(_ patch: JSONValue) {
        guard case .object(let changes) = patch else {
            self = patch
            return
        }
        var object: JSONObject
        if case .object(let existing) = self { object = existing } else { object = JSONObject() }
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
    public mutating func set(path: String, value: JSONValue) throws(InputError) {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains(where: \.isEmpty) else {
            throw InputError("'\(path)' is not a path; write keys separated by dots, like data.payment.status")
        }
        set(segments[...], value: value)
    }

    private mutating func set(_ segments: ArraySlice<String>, value: JSONValue) {
        guard let first = segments.first else {
            self = value
            return
        }
        if case .array(var elements) = self, let position = Int(first), elements.indices.contains(position) {
            elements[position].set(segments.dropFirst(), value: value)
            self = .array(elements)
            return
        }
        var object: JSONObject
        if case .object(let existing) = self { object = existing } else { object = JSONObject() }
        var member = object[first] ?? .null
        member.set(segments.dropFirst(), value: value)
        object[first] = member
        self = .object(object)
    }
}
