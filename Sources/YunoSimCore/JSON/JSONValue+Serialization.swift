extension JSONValue {
    /// Compact UTF-8 JSON, no whitespace.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    /// Appends the compact UTF-8 JSON of this value to `out`.
    public func write(to out: inout [UInt8]) {
        write(to: &out, depth: nil)
    }

    /// Indented JSON for people to read: two spaces per level, `"key": value`, a final newline.
    public var prettyText: String {
        var out: [UInt8] = []
        write(to: &out, depth: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Compact when `depth` is nil; otherwise indented, as nested `depth` levels deep.
    private func write(to out: inout [UInt8], depth: Int?) {
        switch self {
        case .null: out.append(contentsOf: Self.nullBytes)
        case .bool(let value): out.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
        case .integer(let value): Self.writeInteger(value, to: &out)
        case .double(let value): Self.writeDouble(value, to: &out)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let elements):
            Self.writeMembers(elements, between: UInt8(ascii: "["), and: UInt8(ascii: "]"), depth: depth, to: &out) {
                element, inner, out in element.write(to: &out, depth: inner)
            }
        case .object(let object):
            Self.writeMembers(object, between: UInt8(ascii: "{"), and: UInt8(ascii: "}"), depth: depth, to: &out) {
                member, inner, out in
                Self.writeString(member.0, to: &out)
                out.append(UInt8(ascii: ":"))
                if inner != nil { out.append(UInt8(ascii: " ")) }
                member.1.write(to: &out, depth: inner)
            }
        }
    }

    /// Writes `members` between `open` and `close`, separated by commas, each on its own
    /// indented line unless compact (`depth` nil) or empty (`[]`, `{}`).
    private static func writeMembers<Members: Sequence>(
        _ members: Members, between open: UInt8, and close: UInt8, depth: Int?, to out: inout [UInt8],
        _ write: (Members.Element, Int?, inout [UInt8]) -> Void
    ) {
        func newline(_ depth: Int) {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
        out.append(open)
        let inner = depth.map { $0 + 1 }
        var isEmpty = true
        for member in members {
            if !isEmpty { out.append(UInt8(ascii: ",")) }
            isEmpty = false
            if let inner { newline(inner) }
            write(member, inner, &out)
        }
        if let depth, !isEmpty { newline(depth) }
        out.append(close)
    }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends the decimal digits of `value`.
    static func writeInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = out.count
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        out[start...].reverse()
    }

    private static func writeDouble(_ value: Double, to out: inout [UInt8]) {
        // JSON has no NaN or infinity; null is what JavaScript's JSON.stringify writes.
        guard value.isFinite else { return out.append(contentsOf: nullBytes) }
        out.append(contentsOf: value.description.utf8)
    }

    /// Appends `text` as a quoted JSON string, escaping quotes, backslashes and control characters.
    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        writeEscaped(text, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the escaped contents of `text`, without quotes.
    static func writeEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            // Most strings need no escape: appended whole, without the temporary buffer.
            guard utf8.contains(where: needsEscape) else { return out.append(contentsOf: utf8) }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count * maxEscapedCount) { buffer in
                guard let base = buffer.baseAddress else { return }
                let end = writeEscaped(utf8, at: base)
                out.append(contentsOf: UnsafeBufferPointer(start: base, count: end - base))
            }
        }
    }

    /// The most bytes one input byte becomes when escaped (`\u001f`).
    static let maxEscapedCount = 6

    /// Writes the escaped contents of `utf8`, without quotes, at `start` (at most
    /// `maxEscapedCount` bytes per input byte) and returns the pointer after them.
    static func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        guard let base = utf8.baseAddress else { return start }
        // Most strings need no escape: copied whole.
        guard utf8.contains(where: needsEscape) else {
            start.update(from: base, count: utf8.count)
            return start + utf8.count
        }
        var cursor = start
        for byte in utf8 {
            let escaped: UInt8
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): escaped = byte
            case UInt8(ascii: "\n"): escaped = UInt8(ascii: "n")
            case UInt8(ascii: "\r"): escaped = UInt8(ascii: "r")
            case UInt8(ascii: "\t"): escaped = UInt8(ascii: "t")
            case 0..<0x20:
                for next in [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                             hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]] {
                    cursor = ByteRun.byte(next, at: cursor)
                }
                continue
            default:
                cursor = ByteRun.byte(byte, at: cursor)
                continue
            }
            cursor = ByteRun.byte(UInt8(ascii: "\\"), at: cursor)
            cursor = ByteRun.byte(escaped, at: cursor)
        }
        return cursor
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}
