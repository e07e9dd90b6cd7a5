import Yams

/// `set:` values as JSON, typed the way YAML reads them: plain `1500` is a number, `"1500"` a
/// string, `true` a boolean, `null` or `~` null; mappings and lists keep their order.
extension ScenarioNodeReader {
    /// Values one `set:` value may hold. YAML aliases repeat what they name wherever they are
    /// used, so a kilobyte of nested aliases can stand for billions of values.
    static let maximumJSONValues = 10_000

    /// `node` as a JSON value; `nil` after reporting a problem.
    func json(_ node: Node, key: String) -> JSONValue? {
        var budget = Self.maximumJSONValues
        let value = json(node, key: key, budget: &budget)
        if budget < 0 {
            report("the value of '\(key)' holds more than \(Self.maximumJSONValues) values (counting what YAML aliases repeat)", at: node)
            return nil
        }
        return value
    }

    private func json(_ node: Node, key: String, budget: inout Int) -> JSONValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar:
            let reported = diagnostics.count
            guard let value = scalar(node, key: key) else {
                return diagnostics.count == reported ? .null : nil
            }
            return json(value, key: key)
        case .mapping(let mapping):
            var members = JSONObject()
            for (name, value) in mapping {
                guard case .scalar(let nameScalar) = name else {
                    report("keys in '\(key)' must be names, not \(Self.kind(of: name))", at: name)
                    return nil
                }
                guard let member = json(value, key: key, budget: &budget) else { return nil }
                members[nameScalar.string] = member
            }
            return .object(members)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for item in sequence {
                guard let element = json(item, key: key, budget: &budget) else { return nil }
                items.append(element)
            }
            return .array(items)
        case .alias:
            report("'\(key)' must not be an alias", at: node)
            return nil
        }
    }

    private func json(_ value: ExpandedScalar, key: String) -> JSONValue? {
        let scalar = Node.Scalar(value.text)
        switch value.tag {
        case .int:
            if let number = Int.construct(from: scalar) { return .integer(Int64(number)) }
            report("'\(key)' is too large a whole number: '\(value.text)'", at: value.node)
            return nil
        case .float:
            if let number = Double.construct(from: scalar), number.isFinite { return .double(number) }
            report("'\(key)' must be a finite number for JSON, not '\(value.text)'", at: value.node)
            return nil
        case .bool:
            return Bool.construct(from: scalar).map(JSONValue.bool) ?? .string(value.text)
        default:
            return .string(value.text)
        }
    }
}
