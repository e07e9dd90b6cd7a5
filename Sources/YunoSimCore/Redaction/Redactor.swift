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

    /// Each secret as written and percent-encoded (as it travels in a URL's query), as UTF-8,
    /// longest first, so a secret that contains another is masked whole.
    private let needles: [[UInt8]]

    /// A redactor for `secrets`; empty strings are ignored.
    public init(secrets: [String]) {
        let forms = Set(secrets.filter { !$0.isEmpty }.flatMap(Self.forms))
        self.needles = forms.map { Array($0.utf8) }.sorted { $0.count > $1.count }
    }

    /// A redactor for everything the scenarios configure.
    public init(scenarios: [Scenario]) {
        self.init(secrets: scenarios.flatMap(\.secretValues))
    }

    /// Masks nothing.
    public static let none = Redactor(secrets: [])

    /// `text` with every secret replaced by ``mask``.
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
            while position < haystack.count {
                if let length = match(in: haystack, at: position) {
                    output.append(contentsOf: Self.mask.utf8)
                    position += length
                } else {
                    output.append(haystack[position])
                    position += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// `text` redacted, or `nil`.
    public func callAsFunction(_ text: String?) -> String? {
        text.map { self($0) }
    }

    /// The length of the secret that starts at `position`, or `nil`.
    private func match(in haystack: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        let head = haystack[position]
        for needle in needles where needle[0] == head && position + needle.count <= haystack.count {
            guard needle.indices.allSatisfy({ haystack[position + $0] == needle[$0] }) else { continue }
            if needle.count >= Self.wordLength { return needle.count }
            let end = position + needle.count
            let alone = (position == 0 || !Self.isWordByte(haystack[position - 1]))
                && (end == haystack.count || !Self.isWordByte(haystack[end]))
            if alone { return needle.count }
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// `secret` as written, and the ways a URL carries it: every byte outside RFC 3986's
    /// unreserved set percent-encoded (upper- and lower-case hex), and only what a query must.
    private static func forms(of secret: String) -> [String] {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        func encoded(_ digits: String) -> String {
            let hex = Array(digits)
            var text = ""
            for byte in secret.utf8 {
                if unreserved.contains(byte) {
                    text.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    text += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
                }
            }
            return text
        }
        return [secret, encoded("0123456789ABCDEF"), encoded("0123456789abcdef"),
                secret.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? secret]
    }
}
