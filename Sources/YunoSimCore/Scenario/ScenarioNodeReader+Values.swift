import Foundation
import Yams

/// Typed values out of scalars. Each reader reports what is wrong and returns `nil`, so the
/// caller keeps going; messages quote the offending text except where the value may be secret.
extension ScenarioNodeReader {
    /// `fields[key]`, reporting it as missing from `what` when absent.
    func require(_ fields: Fields, _ key: String, in what: String, note: String = "") -> Node? {
        guard let node = fields[key] else {
            report("missing key '\(key)' in \(what)\(note)", at: fields.node)
            return nil
        }
        // `event: ${EVENT}` with EVENT unset-but-empty must not quietly drop the event.
        guard !isEmptyValue(node) else {
            report("'\(key)' in \(what) has no value\(note)", at: node)
            return nil
        }
        return node
    }

    /// Any single value as text; the message never quotes it, so this also reads secrets.
    func string(_ node: Node, key: String) -> String? {
        scalar(node, key: key)?.text
    }

    /// A label printed on a line of its own in summaries and logs (a scenario name, an event
    /// id): control characters would break the line or send escapes to the terminal.
    func label(_ node: Node, key: String) -> String? {
        guard let text = string(node, key: key) else { return nil }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            report("'\(key)' cannot hold control characters such as line breaks or escapes", at: node)
            return nil
        }
        return text
    }

    /// A credential's text, remembered so that no message about the file shows it; with
    /// `sentInHeader`, a value that cannot go in a header line is reported (without quoting it).
    func secret(_ node: Node, key: String, sentInHeader: Bool) -> String? {
        guard let text = string(node, key: key) else { return nil }
        remember(secret: text)
        if sentInHeader, let problem = HTTPHeader.problem(withValue: text) {
            report("'\(key)' \(problem)", at: node)
            return nil
        }
        return text
    }

    func integer(_ node: Node, key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = scalar(node, key: key) else { return nil }
        guard let number = Int(value.text.replacingOccurrences(of: "_", with: "")) else {
            report("'\(key)' must be a whole number, not '\(value.text)'", at: node)
            return nil
        }
        guard range.contains(number) else {
            let bounds = range.upperBound == Int.max
                ? "at least \(range.lowerBound)"
                : "from \(range.lowerBound) to \(range.upperBound)"
            report("'\(key)' must be \(bounds), not \(number)", at: node)
            return nil
        }
        return number
    }

    func bool(_ node: Node, key: String) -> Bool? {
        guard let value = scalar(node, key: key) else { return nil }
        switch value.text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report("'\(key)' must be true or false, not '\(value.text)'", at: node)
            return nil
        }
    }

    /// A positive, finite number.
    func positiveNumber(_ node: Node, key: String) -> Double? {
        guard let value = scalar(node, key: key) else { return nil }
        guard let number = Double(decimal: value.text), number.isFinite, number > 0 else {
            report("'\(key)' must be a positive number, not '\(value.text)'", at: node)
            return nil
        }
        return number
    }

    /// A duration such as `250ms`, `7s`, `5m`, `6h`, `2d`; never negative.
    func duration(_ node: Node, key: String) -> Duration? {
        guard let value = scalar(node, key: key) else { return nil }
        if value.text.trimmingCharacters(in: .whitespaces).hasPrefix("-") {
            report("'\(key)' must not be negative, not '\(value.text)'", at: node)
            return nil
        }
        do {
            return try Duration(notation: value.text)
        } catch {
            report("'\(key)': \(error.message)", at: node)
            return nil
        }
    }

    func url(_ node: Node, key: String) -> WebhookURL? {
        guard let value = scalar(node, key: key) else { return nil }
        do {
            return try WebhookURL(value.text)
        } catch {
            report("'\(key)': \(error.message)", at: node)
            return nil
        }
    }

    /// An ISO-8601 instant in UTC or with an offset, optionally with fractional seconds.
    func timestamp(_ node: Node, key: String) -> Date? {
        guard let value = scalar(node, key: key) else { return nil }
        do {
            return try InstantNotation.parse(value.text)
        } catch {
            report("'\(key)': \(error.message)", at: node)
            return nil
        }
    }
}
