import Yams

/// `set:` values as JSON, typed the way YAML reads them: plain `1500` is a number, `"1500"` a
/// string, `true` a boolean, `null` or `~` null; mappings and lists keep their order.
extension ScenarioNodeReader {
    /// Values one `set:` value may hold. YAML aliases repeat what they name wherever they are
    /// used, so a kilobyte of nested aliases can stand for billions of values.
    static let maximumJSONValues = 10_000

    /// `node` as compact JSON text; `nil` after reporting a problem.
    func json(_ node: Node, key: String) -> String? {
        var budget = Self.maximumJSONValues
        let text = json(node, key: key, budget: &budget)
        if budget < 0 {
            report("the value of '\(key)' holds more than \(Self.maximumJSONValues) values (counting what YAML aliases repeat)", at: node)
            return nil
        }
        return text
    }

    private func json(_ node: Node, key: String, budget: inout Int) -> String? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar:
            let reported = diagnostics.count
            guard let value = scalar(node, key: key) else {
                return diagnostics.count == reported ? "null" : nil
            }
            return json(value, key: key)
        case .mapping(let mapping):
            var members: [String] = []
            for (name, value) in mapping {
                guard case .scalar(let nameScalar) = name else {
                    report("keys in '\(key)' must be names, not \(Self.kind(of: name))", at: name)
                    return nil
                }
                guard let valueJSON = json(value, key: key, budget: &budget) else { return nil }
                members.append(JSONValue.quoted(nameScalar.string) + ":" + valueJSON)
            }
            return "{" + members.joined(separator: ",") + "}"
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                guard let itemJSON = json(item, key: key, budget: &budget) else { return nil }
                items.append(itemJSON)
            }
            return "[" + items.joined(separator: ",") + "]"
        case .alias:
            report("'\(key)' must not be an alias", at: node)
            return nil
        }
    }

    private func json(_ value: ExpandedScalar, key: String) -> String? {
        let scalar = Node.Scalar(value.text)
        switch value.tag {
        case .int:
            if let number = Int.construct(from: scalar) { return String(number) }
            report("'\(key)' is too large a whole number: '\(value.text)'", at: value.node)
            return nil
        case .float:
            if let number = Double.construct(from: scalar), number.isFinite { return "\(number)" }
            report("'\(key)' must be a finite number for JSON, not '\(value.text)'", at: value.node)
            return nil
        case .bool:
            return Bool.construct(from: scalar).map { $0 ? "true" : "false" } ?? JSONValue.quoted(value.text)
        default:
            return JSONValue.quoted(value.text)
        }
    }
}
