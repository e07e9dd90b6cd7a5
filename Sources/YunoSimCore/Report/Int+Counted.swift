extension Int {
    /// `1 attempt`, `4 attempts`: the count with `noun` in the singular for exactly one.
    func counted(_ noun: String) -> String {
        "\(self) \(noun)\(self == 1 ? "" : "s")"
    }
}
