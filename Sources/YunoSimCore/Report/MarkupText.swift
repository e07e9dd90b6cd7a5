/// Text made safe for XML and HTML, after redaction: the one escaping every markup report uses.
struct MarkupText {
    let redact: Redactor

    /// `text` redacted and escaped for element content and quoted attribute values.
    func callAsFunction(_ text: String) -> String {
        Self.escape(redact(text))
    }

    /// `text` safe in XML and HTML content and attribute values: markup characters escaped,
    /// characters XML 1.0 forbids (most control characters) dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
