import Foundation
import Testing
import YunoSimTesting

/// https endpoints: certificates are verified by default; --cacert and --insecure relax that.
/// The peer is Python's TLS server with the embedded test certificates (no openssl needed).
@Suite struct TLSTests {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func withHTTPSServer(_ body: (String, String) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let authority = directory.appendingPathComponent("ca.pem").path
        let cert = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        try Data(TestCertificates.authority.utf8).write(to: URL(fileURLWithPath: authority))
        try Data(TestCertificates.leaf.utf8).write(to: URL(fileURLWithPath: cert))
        try Data(TestCertificates.leafKey.utf8).write(to: URL(fileURLWithPath: key))
        let server = try await LineProcess(["python3", Self.fixtures.appendingPathComponent("https_server.py").path, cert, key], executable: "/usr/bin/env")
        let port = try #require(await server.nextLine())
        try await body("https://127.0.0.1:\(port)/webhooks/yuno", authority)
        _ = try await server.interrupt()
    }

    @Test func selfSignedCertificateIsRejectedUnlessTrustedOrInsecure() async throws {
        try await withHTTPSServer { url, authority in
            let verified = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--json"])
            #expect(verified.exitCode == 1)
            #expect(verified.stdout.contains("\"error\":\"tls\""))

            let trusted = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--cacert", authority])
            #expect(trusted.exitCode == 0)

            let insecure = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--insecure"])
            #expect(insecure.exitCode == 0)
        }
    }

    @Test func aCACertificateDirectoryIsAUsageError() async throws {
        let directory = FileManager.default.temporaryDirectory.path
        let result = try await ChildProcess.run(["send", "payment.purchase", "--to", "https://127.0.0.1:1/", "--cacert", directory])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--cacert '\(directory)' is a directory"))
    }

    @Test func unreadableCACertificateIsAUsageError() async throws {
        let result = try await ChildProcess.run(["send", "payment.purchase", "--to", "https://127.0.0.1:1/", "--cacert", "/nonexistent.pem"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("cannot read --cacert file '/nonexistent.pem'"))
    }

    @Test(arguments: [
        #"{"type_event":"payment.purchase"}"#,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        "-----BEGIN CERTIFICATE-----\n",
    ])
    func aCACertificateFileThatIsNotPEMIsAUsageErrorNotATLSFailure(contents: String) async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-notpem-\(UUID().uuidString).pem")
        try Data(contents.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let quickstart = ChildProcess.packageRoot.appendingPathComponent("scenarios/quickstart.yaml").path
        for command in [["send", "payment.purchase", "--to", "https://127.0.0.1:1/"], ["run", quickstart]] {
            let result = try await ChildProcess.run(command + ["--cacert", file.path])
            #expect(result.exitCode == 2)
            #expect(result.stderr.contains("--cacert file '\(file.path)' holds no PEM certificate"))
            #expect(result.stdout.isEmpty)
        }
    }
}
