extension DeliveryRequest {
    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Removes every header named `name` (case-insensitive).
    public mutating func removeHeader(_ name: String) {
        headers.removeAll { $0.name.lowercased() == name.lowercased() }
    }

    /// Replaces the value of every header named `name` (case-insensitive), keeping its place
    /// and whether it is secret.
    public mutating func replaceHeader(_ name: String, value: String) {
        for index in headers.indices where headers[index].name.lowercased() == name.lowercased() {
            headers[index].value = value
        }
    }
}
