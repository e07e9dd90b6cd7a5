import ArgumentParser
import Foundation
import YunoCurl

/// Certificate verification for https endpoints: on by default.
struct TLSOptions: ParsableArguments {
    @Option(help: ArgumentHelp("PEM file of certificate authorities to trust for https.", valueName: "file"))
    var cacert: String?

    @Flag(help: "Do not verify the endpoint's certificate (self-signed test servers only).")
    var insecure = false

    func validate() throws {
        if let cacert, !FileManager.default.isReadableFile(atPath: cacert) {
            throw ValidationError("cannot read --cacert file '\(cacert)'")
        }
    }

    func transportConfiguration(concurrency: Int = 32, threads: Int = 1) -> CurlTransport.Configuration {
        CurlTransport.Configuration(concurrency: concurrency, threads: threads, caCertificatePath: cacert, insecure: insecure)
    }
}
