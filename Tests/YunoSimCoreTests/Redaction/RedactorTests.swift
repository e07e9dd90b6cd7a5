import Testing
import YunoSimCore

@Suite struct RedactorTests {
    @Test func masksEverySecretWhereverItAppears() {
        let redact = Redactor(secrets: ["k-123", "s3cr€t"])
        #expect(redact("key k-123 and s3cr€t, again k-123") == "key *** and ***, again ***")
        #expect(redact("https://merchant.example/hook?token=s3cr€t") == "https://merchant.example/hook?token=***")
    }

    @Test func leavesTextWithoutSecretsAlone() {
        let redact = Redactor(secrets: ["k-123", ""])
        #expect(redact("k-12 3 and k-1234") == "k-12 3 and ***4")
        #expect(redact("nothing here") == "nothing here")
        #expect(redact("") == "")
        #expect(Redactor.none("k-123") == "k-123")
    }

    @Test func aSecretContainingAnotherIsMaskedWhole() {
        let redact = Redactor(secrets: ["abc", "abc-def"])
        #expect(redact("x abc-def y abc") == "x *** y ***")
    }
}
