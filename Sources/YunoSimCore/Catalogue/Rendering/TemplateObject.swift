/// The members of a template object in the order they were added, as Yuno writes them on the
/// wire; setting an existing key keeps its place.
struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    private(set) var members: [(key: String, value: BodyTemplate)] = []

    init() {}

    init(_ members: [(String, BodyTemplate)]) {
        for (key, value) in members { self[key] = value }
    }

    /// Members whose keys are known to differ (those of a parsed JSON object), taken as they are.
    init(uniqueMembers: [(String, BodyTemplate)]) {
        members = uniqueMembers.map { (key: $0, value: $1) }
    }

    init(dictionaryLiteral elements: (String, BodyTemplate)...) { self.init(elements) }

    /// The member named `key`; assigning nil removes it.
    subscript(key: String) -> BodyTemplate? {
        get { members.first { $0.key == key }?.value }
        set {
            guard let index = members.firstIndex(where: { $0.key == key }) else {
                if let newValue { members.append((key, newValue)) }
                return
            }
            if let newValue { members[index].value = newValue } else { members.remove(at: index) }
        }
    }
}
