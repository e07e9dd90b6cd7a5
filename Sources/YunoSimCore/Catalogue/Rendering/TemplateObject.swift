import OrderedCollections

/// The members of a template object in the order they were added, as Yuno writes them on the
/// wire; setting an existing key keeps its place, assigning nil removes it.
typealias TemplateObject = OrderedDictionary<String, BodyTemplate>
