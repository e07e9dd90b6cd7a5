import Foundation

/// Keeps credentials out of everything the simulator prints or writes.
public enum Redaction {
    /// What a secret value is shown as.
    public static let mask = "***"

    /// `text` with every occurrence of each non-empty secret replaced by ``mask``.
    public static func redact(_ text: String, secrets: [String]) -> String {
        secrets.lazy.filter { !$0.isEmpty }.reduce(text) { partial, secret in
            partial.replacingOccurrences(of: secret, with: mask)
        }
    }
}
