import Foundation

/// The one point every output of a run passes through: stdout, stderr, the journal and every
/// report. Holds the secrets a scenario configures (API key, `x-secret`, HMAC secret, OAuth2
/// client secret) and masks them wherever they appear.
///
/// A secret shorter than ``wordLength`` bytes (`k`, `s3`: test values) is masked only where it
/// stands alone, not inside a longer run of letters and digits: masked everywhere it would
/// turn `false` into `f***lse` when the secret is `a`.
public struct Redactor: Sendable {
    /// What a secret value is shown as.
    public static let mask = "***"
    /// Secrets at least this long are masked wherever they appear, even inside a word.
    public static let wordLength = 8

    /// Each secret as UTF-8, longest first, so a secret that contains another is masked whole.
    /// A match also accepts any byte percent-encoded (`%2F`, `%2f`, even `%41` for `A`) and
    /// `+` for a space, the ways a URL's query carries a secret.
    private let needles: [[UInt8]]

    /// A redactor for `secrets`; empty strings are ignored.
    public init(secrets: [String]) {
        self.needles = Set(secrets.filter { !$0.isEmpty }).map { Array($0.utf8) }.sorted { $0.count > $1.count }
    }

    /// Masks nothing.
    public static let none = Redactor(secrets: [])

    /// `text` with every secret replaced by ``mask``. Secrets that overlap (`abcdEFGH` and
    /// `EFGH1234` in `abcdEFGH1234`) are masked as one run, so no part of either shows.
    public func callAsFunction(_ text: String) -> String {
        guard !needles.isEmpty else { return text }
        var text = text
        return text.withUTF8 { haystack in
            // The common case, no secret in the text, allocates nothing.
            var position = 0
            while position < haystack.count, match(in: haystack, at: position) == nil { position += 1 }
            guard position < haystack.count else { return nil }
            var output = Array(haystack[..<position])
            output.reserveCapacity(haystack.count)
            var maskedEnd = position  // haystack[..<maskedEnd] is written or masked
            while position < haystack.count {
                if let length = match(in: haystack, at: position) {
                    if position >= maskedEnd {
                        output.append(contentsOf: haystack[maskedEnd..<position])
                        output.append(contentsOf: Self.mask.utf8)
                    }
                    maskedEnd = max(maskedEnd, position + length)
                }
                position += 1
            }
            output.append(contentsOf: haystack[maskedEnd...])
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// The length in `haystack` of the secret that starts at `position`, or `nil`.
    private func match(in haystack: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        for needle in needles {
            guard let end = Self.end(of: needle, in: haystack, at: position) else { continue }
            if needle.count >= Self.wordLength { return end - position }
            let alone = (position == 0 || !Self.isWordByte(haystack[position - 1]))
                && (end == haystack.count || !Self.isWordByte(haystack[end]))
            if alone { return end - position }
        }
        return nil
    }

    /// Where `needle` ends if it starts at `position`, each byte as written or percent-encoded.
    @inline(__always)
    private static func end(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        var cursor = position
        for byte in needle {
            guard cursor < haystack.count else { return nil }
            let found = haystack[cursor]
            if found == byte {
                cursor += 1
            } else if found == UInt8(ascii: "%"), cursor + 2 < haystack.count,
                      let high = hexValue(haystack[cursor + 1]), let low = hexValue(haystack[cursor + 2]), high << 4 | low == byte {
                cursor += 3
            } else if found == UInt8(ascii: "+"), byte == UInt8(ascii: " ") {
                cursor += 1
            } else {
                return nil
            }
        }
        return cursor
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
