import Foundation
import Testing
import YunoSimTesting

/// https endpoints: certificates are verified by default; --cacert and --insecure relax that.
/// The peer is an in-process Hummingbird server with the embedded test certificates.
@Suite struct TLSTests {
    @Test func selfSignedCertificateIsRejectedUnlessTrustedOrInsecure() async throws {
        let authority = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-ca-\(UUID().uuidString).pem")
        try Data(TestCertificates.authority.utf8).write(to: authority)
        defer { try? FileManager.default.removeItem(at: authority) }
        try await HTTPSReceiver.withRunning { url in
            let verified = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--json"])
            #expect(verified.exitCode == 1)
            #expect(verified.stdout.contains("\"error\":\"tls\""))

            let trusted = try await ChildProcess.run(["send", "payment.purchase", "--to", url, "--cacert", authority.path])
            #expect(trusted.exitCode == 0, "\(trusted.stdout)")

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
