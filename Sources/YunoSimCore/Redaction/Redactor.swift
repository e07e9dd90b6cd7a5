import Foundation

/// The one point every output of a run passes through: stdout, stderr, the journal and every
/// report. Holds the secrets a scenario configures (API key, `x-secret`, HMAC secret, OAuth2
/// client secret) and masks them wherever they appear.
public struct Redactor: Sendable {
    /// What a secret value is shown as.
    public static let mask = "***"

    /// Longest first, so a secret that contains another is masked whole.
    private let secrets: [String]
    /// The same secrets as UTF-8, for the search that runs on every journal line.
    private let needles: [[UInt8]]

    /// A redactor for `secrets`; empty strings are ignored.
    public init(secrets: [String]) {
        self.secrets = Array(Set(secrets.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
        self.needles = self.secrets.map { Array($0.utf8) }
    }

    /// A redactor for everything the scenarios configure.
    public init(scenarios: [Scenario]) {
        self.init(secrets: scenarios.flatMap(\.secretValues))
    }

    /// Masks nothing.
    public static let none = Redactor(secrets: [])

    /// `text` with every secret replaced by ``mask``.
    public func callAsFunction(_ text: String) -> String {
        // The common case, no secret in the text, is decided on bytes without Foundation.
        guard let first = needles.firstIndex(where: { Self.occurs($0, in: text) }) else { return text }
        return secrets[first...].reduce(text) { $0.replacingOccurrences(of: $1, with: Self.mask) }
    }

    /// `text` redacted, or `nil`.
    public func callAsFunction(_ text: String?) -> String? {
        text.map { self($0) }
    }

    private static func occurs(_ needle: [UInt8], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            guard needle.count <= haystack.count, let head = needle.first else { return false }
            var start = 0
            while start + needle.count <= haystack.count {
                if haystack[start] == head, needle.indices.allSatisfy({ haystack[start + $0] == needle[$0] }) {
                    return true
                }
                start += 1
            }
            return false
        }
    }
}
