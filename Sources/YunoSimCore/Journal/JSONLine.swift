import Foundation

/// Builds one flat JSON object on one line, keys in the order they are added.
struct JSONLine {
    private var text = "{"
    private var isEmpty = true

    /// Adds `key` with a value already in JSON syntax (a number, `null`).
    mutating func add(_ key: String, raw value: String) {
        if !isEmpty { text += "," }
        isEmpty = false
        text += "\"\(key)\":\(value)"
    }

    /// Adds `key` with `value` as a JSON string, or `null`.
    mutating func add(_ key: String, string value: String?) {
        add(key, raw: value.map(Self.quoted) ?? "null")
    }

    /// The object, closed and followed by a newline.
    func finished() -> Data {
        Data((text + "}\n").utf8)
    }

    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += String(format: "\\u%04x", scalar.value)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
