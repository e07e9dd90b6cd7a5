import Foundation

/// What `--cacert` must hold for libcurl to load it: at least one PEM certificate whose Base64
/// decodes to a DER structure. Checked up front so a wrong file is a usage error (exit 2),
/// not seven `tls` failures per event that blame the endpoint.
enum PEMFile {
    private static let labels = ["CERTIFICATE", "TRUSTED CERTIFICATE", "X509 CERTIFICATE"]

    /// Whether `contents` holds a PEM certificate block with a plausible DER body.
    static func holdsCertificate(_ contents: Data) -> Bool {
        let text = String(decoding: contents, as: UTF8.self)
        for label in labels {
            var rest = text[...]
            while let begin = rest.range(of: "-----BEGIN \(label)-----"),
                  let end = rest[begin.upperBound...].range(of: "-----END \(label)-----") {
                let body = rest[begin.upperBound..<end.lowerBound].filter { !$0.isWhitespace }
                // A certificate is a DER SEQUENCE (0x30) of a few hundred bytes at least.
                if let der = Data(base64Encoded: String(body)), der.count >= 64, der.first == 0x30 { return true }
                rest = rest[end.upperBound...]
            }
        }
        return false
    }
}
