import ArgumentParser
import Foundation
import YunoCurl
import YunoSimCore

/// Certificate verification for https endpoints: on by default.
struct TLSOptions: ParsableArguments {
    @Option(help: ArgumentHelp("PEM file of certificate authorities to trust for https.", valueName: "file"))
    var cacert: String?

    @Flag(help: "Do not verify the endpoint's certificate (self-signed test servers only).")
    var insecure = false

    func validate() throws {
        guard let cacert else { return }
        guard FileManager.default.isReadableFile(atPath: cacert) else {
            throw ValidationError("cannot read --cacert file '\(cacert)'")
        }
        // A file libcurl cannot load fails every attempt as `tls`, which would blame the
        // endpoint. Only regular files are read here: a pipe read now would be empty for curl.
        var info = stat()
        guard stat(cacert, &info) == 0 else { return }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw ValidationError("--cacert '\(cacert)' is a directory; give the PEM file of the authority's certificate")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return }
        guard case .success(let contents) = FileContents.read(cacert), PEMFile.holdsCertificate(contents) else {
            throw ValidationError("--cacert file '\(cacert)' holds no PEM certificate; give the authority's certificate as PEM (-----BEGIN CERTIFICATE-----)")
        }
    }

    /// How curl checks certificates; `run` and `send` set its concurrency.
    func transportConfiguration(concurrency: Int = 32, threads: Int = 1) -> CurlTransport.Configuration {
        CurlTransport.Configuration(concurrency: concurrency, threads: threads, caCertificatePath: cacert, insecure: insecure)
    }
}
