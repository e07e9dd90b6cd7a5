extension String {
    /// The text on one line and safe for a terminal: line breaks and tabs as `\n`, `\r`, `\t`;
    /// other control characters (an escape sequence, U+0085), the Unicode line and paragraph
    /// separators and the bidirectional overrides that reorder what a terminal shows (U+202E)
    /// as `\u{1b}`, `\u{2028}`, `\u{202e}`. Text without any of them comes back as it is.
    public var oneLine: String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where Self.needsEscape(scalar):
                escaped += "\\u{\(String(scalar.value, radix: 16))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return (0x200E...0x200F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
        }
    }
}
