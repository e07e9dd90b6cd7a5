import Foundation
import Testing
import YunoSimTesting
import YunoSimCore

@Suite struct SignVerifyCommandTests {
    private let body = Array(#"{"type":"payment","retry":1}"#.utf8)

    @Test func signPrintsYunosSignatureForStdinAndFile() async throws {
        let expected = WebhookSigner(hmacSecret: "k").signature(for: body)
        let fromStdin = try await ChildProcess.run(["sign", "--hmac-secret", "k"], stdin: body)
        #expect(fromStdin.exitCode == 0)
        #expect(fromStdin.stdout == expected + "\n")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-sign-\(UUID().uuidString)")
        try Data(body).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try await ChildProcess.run(["sign", "--hmac-secret", "k", file.path])
        #expect(fromFile.stdout == expected + "\n")
    }

    @Test func verifyExitsZeroOnMatchAndOneOnMismatch() async throws {
        let signature = WebhookSigner(hmacSecret: "k").signature(for: body)
        let match = try await ChildProcess.run(["verify", "--hmac-secret", "k", "--signature", signature], stdin: body)
        #expect(match.exitCode == 0)
        var tampered = body
        tampered[tampered.count - 2] = UInt8(ascii: "2")
        let mismatch = try await ChildProcess.run(["verify", "--hmac-secret", "k", "--signature", signature], stdin: tampered)
        #expect(mismatch.exitCode == 1)
        #expect(mismatch.stdout.contains("does not match"))
    }

    @Test func missingOrEmptySecretIsAUsageError() async throws {
        for arguments in [["sign"], ["sign", "--hmac-secret", ""], ["verify", "--signature", "x"]] {
            let result = try await ChildProcess.run(arguments, stdin: body)
            #expect(result.exitCode == 2)
            #expect(result.stderr.contains("give the HMAC secret with --hmac-secret or $YUNO_HMAC_SECRET"))
        }
    }

    @Test func theSecretCanComeFromTheEnvironmentAsForSend() async throws {
        let result = try await ChildProcess.run(["sign"], stdin: body, environment: ["YUNO_HMAC_SECRET": "k"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == WebhookSigner(hmacSecret: "k").signature(for: body) + "\n")
    }
}
