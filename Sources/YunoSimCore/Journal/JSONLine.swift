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
        add(key, raw: value.map(JSONValue.quoted) ?? "null")
    }

    /// The object, closed and followed by a newline.
    func finished() -> Data {
        Data((text + "}\n").utf8)
    }
}
