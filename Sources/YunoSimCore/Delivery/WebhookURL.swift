import Foundation

/// A merchant webhook URL, checked once: absolute, `http` or `https`, with a host.
public struct WebhookURL: Sendable, Hashable, CustomStringConvertible {
    /// The URL exactly as given.
    public let absoluteString: String

    public init(_ text: String) throws(InputError) {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https"
        else {
            throw InputError("'\(text)' is not an http:// or https:// URL")
        }
        guard let host = components.host, !host.isEmpty else {
            throw InputError("'\(text)' has no host; write it like http://127.0.0.1:8080/webhooks/yuno")
        }
        if text.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            throw InputError("'\(text)' contains white space")
        }
        self.absoluteString = text
    }

    public var description: String { absoluteString }
}
