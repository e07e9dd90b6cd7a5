extension Duration {
    /// Like ``notation`` but counting hours past a day, as Yuno's retry table does:
    /// `5m`, `6h`, `24h`, `96h`, `1h30m`.
    public var offsetNotation: String {
        let hours = components.seconds / 3_600
        guard hours >= 24 else { return notation }
        let rest = self - .seconds(hours * 3_600)
        return "\(hours)h" + (rest == .zero ? "" : rest.notation)
    }
}
