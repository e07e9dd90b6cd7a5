import Foundation

/// Durations as people write them in flags and scenario files: `250ms`, `7s`, `5m`, `6h`, `2d`,
/// decimals (`1.5s`) and sums (`1h30m`).
extension Duration {
    private static let units: [(suffix: String, nanoseconds: Double)] = [
        ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3_600e9), ("d", 86_400e9),
    ]

    /// Parses `text`, throwing a message that shows the accepted forms.
    public init(notation text: String) throws(InputError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let hint = "write a duration like 250ms, 7s, 5m, 6h or 2d"
        guard !trimmed.isEmpty else { throw InputError("empty duration; \(hint)") }
        // Offsets, timeouts and schedules all count forward: a minus sign is never meant.
        if trimmed.hasPrefix("-"), (try? Duration(notation: String(trimmed.dropFirst()))) != nil {
            throw InputError("'\(text)' is negative; durations count forward from zero: \(hint)")
        }
        var rest = Substring(trimmed)
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, let value = Double(number) else {
                throw InputError("'\(text)' is not a duration; \(hint)")
            }
            rest = rest.dropFirst(number.count)
            let suffix = rest.prefix { $0.isASCII && $0.isLetter }
            guard !suffix.isEmpty else {
                throw InputError("'\(text)' has no unit; \(hint)")
            }
            guard let unit = Self.units.first(where: { $0.suffix == suffix }) else {
                throw InputError("'\(text)' has an unknown unit '\(suffix)'; \(hint)")
            }
            rest = rest.dropFirst(suffix.count)
            total += value * unit.nanoseconds
        }
        guard total.isFinite, total < 1e18 else {
            throw InputError("'\(text)' is too long a duration; durations go up to \(Duration.nanoseconds(999_999_999_999_999_999).notation)")
        }
        self = .nanoseconds(Int64(total.rounded()))
    }

    /// The shortest exact notation: `0s`, `250ms`, `5m`, `6h`, `1d`, `1h30m`; sub-millisecond
    /// remainders are rounded to milliseconds.
    public var notation: String {
        var milliseconds = Int64((Double(components.seconds) * 1e3 + Double(components.attoseconds) / 1e15).rounded())
        if milliseconds == 0 { return "0s" }
        var text = milliseconds < 0 ? "-" : ""
        milliseconds = abs(milliseconds)
        let parts: [(Int64, String)] = [(86_400_000, "d"), (3_600_000, "h"), (60_000, "m"), (1_000, "s"), (1, "ms")]
        for (size, suffix) in parts where milliseconds >= size {
            text += "\(milliseconds / size)\(suffix)"
            milliseconds %= size
        }
        return text
    }

    /// The duration in (fractional) seconds.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
