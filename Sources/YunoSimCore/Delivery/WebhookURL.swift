import Foundation

/// A merchant webhook URL, checked once: absolute, `http` or `https`, with a host, and no
/// `user:password@` (libcurl would send it as an `Authorization: Basic` header Yuno never sends).
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
        if let port = components.port, !(1...65_535).contains(port) {
            throw InputError("'\(text)' has port \(port); a port is from 1 to 65535")
        }
        if components.user != nil || components.password != nil {
            // Not quoted: the password is a credential.
            throw InputError("the URL has a user name or password before its host; Yuno sends no Basic credentials, so leave them out (api_key, secret and oauth2 carry credentials)")
        }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            throw InputError("'\(text)' contains white space or a control character")
        }
        self.absoluteString = text
    }

    public var description: String { absoluteString }
}
