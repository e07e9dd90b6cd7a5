extension Double {
    /// A number written in decimal (`3600`, `0.5`, `1e6`, `+2`), or `nil`. `Double(_:)` alone
    /// would also read `0x10` as 16 and accept `inf` and `nan`, which no one means as a speed.
    init?(decimal text: String) {
        let allowed = "0123456789.eE+-".utf8
        guard text.utf8.allSatisfy({ allowed.contains($0) }), let value = Double(text) else { return nil }
        self = value
    }
}
