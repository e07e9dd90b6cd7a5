import Foundation

/// The one point every output of a run passes through: stdout, stderr, the journal and every
/// report. Holds the secrets a scenario configures (API key, `x-secret`, HMAC secret, and any
/// other credential it gains) and masks them wherever they appear.
public struct Redactor: Sendable {
    /// Longest first, so a secret that contains another is masked whole.
    private let secrets: [String]

    /// A redactor for `secrets`; empty strings are ignored.
    public init(secrets: [String]) {
        self.secrets = Array(Set(secrets.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }

    /// A redactor for everything the scenarios configure.
    public init(scenarios: [Scenario]) {
        self.init(secrets: scenarios.flatMap(\.secretValues))
    }

    /// Masks nothing.
    public static let none = Redactor(secrets: [])

    /// `text` with every secret replaced by ``Redaction/mask``.
    public func callAsFunction(_ text: String) -> String {
        secrets.isEmpty ? text : Redaction.redact(text, secrets: secrets)
    }

    /// `text` redacted, or `nil`.
    public func callAsFunction(_ text: String?) -> String? {
        text.map { self($0) }
    }
}
