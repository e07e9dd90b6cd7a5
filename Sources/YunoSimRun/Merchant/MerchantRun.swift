import Foundation
import Glibc
import YunoMerchant
import YunoSimCore

/// `merchant`: the reference receiver, serving until SIGINT or SIGTERM, printing its URL and
/// then one line per delivery and token request.
public struct MerchantRun: Sendable {
    public let configuration: MerchantConfiguration

    public init(configuration: MerchantConfiguration) {
        self.configuration = configuration
    }

    /// Serves until signalled; a port that cannot be had is an `InputError`.
    public func run(output: FileOutput = .standardOutput) async throws(InputError) {
        let merchant = ReferenceMerchant(
            configuration: configuration,
            onDelivery: { delivery in output.line(delivery.summary) },
            onTokenRequest: { line in output.line(line) }
        )
        do {
            try await merchant.runUntilSignalled { url in output.line(url) }
        } catch {
            throw InputError("the merchant could not listen on \(configuration.host):\(configuration.port): \(Self.reason(error))")
        }
    }

    /// NIO's errors read `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`;
    /// the system's own words are clearer, with what to do for the usual case.
    static func reason(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("UnknownHost") {
            return "--host must be an IP address of this machine, such as 127.0.0.1 (all interfaces: 0.0.0.0)"
        }
        guard let range = text.range(of: "(errno: "), let code = Int32(text[range.upperBound...].prefix(while: \.isNumber)) else {
            return text
        }
        let reason = String(cString: strerror(code))
        return code == EADDRINUSE ? "\(reason); choose another --port, or --port 0 for a free one" : reason
    }
}
