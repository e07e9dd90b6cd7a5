import Testing
import YunoSimCore

@Suite struct WebhookSignerTests {
    @Test func rfc4231TestCase2() {
        // RFC 4231 §4.3: key "Jefe", data "what do ya want for nothing?",
        // HMAC-SHA256 = 5bdcc146…64ec3843, here Base64-encoded as Yuno sends it.
        let signer = WebhookSigner(hmacSecret: "Jefe")
        let signature = signer.signature(for: Array("what do ya want for nothing?".utf8))
        #expect(signature == "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=")
        #expect(signature.count == 44)
    }

    @Test func matchesPythonHmacWithUnicodeSecret() {
        // Computed with: base64.b64encode(hmac.new('whsec-ñandú-2026'.encode(), body, sha256).digest())
        let body = #"{"type":"payment","type_event":"payment.purchase","account_id":"6f1c2a5e-0b7d-4c1e-9a3f-2d8e4b6c1a90","retry":3,"version":2,"data":{}}"#
        let signer = WebhookSigner(hmacSecret: "whsec-ñandú-2026")
        #expect(signer.signature(for: Array(body.utf8)) == "c6kAeMEC0kuMu8sJv7a9b8w3f6XYH3+Ocoi4O5D5RdA=")
    }

    @Test func signThenVerifyRoundTrips() {
        let signer = WebhookSigner(hmacSecret: "round-trip")
        let body = Array(#"{"retry":0}"#.utf8)
        let signature = signer.signature(for: body)
        #expect(signer.isValid(signature: signature, for: body))
    }

    @Test func oneChangedByteFailsVerification() {
        let signer = WebhookSigner(hmacSecret: "round-trip")
        var body = Array(#"{"retry":0}"#.utf8)
        let signature = signer.signature(for: body)
        body[body.count - 2] = UInt8(ascii: "1")
        #expect(!signer.isValid(signature: signature, for: body))
    }

    @Test func wrongKeyAndGarbageSignaturesFail() {
        let body = Array("{}".utf8)
        let signature = WebhookSigner(hmacSecret: "a").signature(for: body)
        #expect(!WebhookSigner(hmacSecret: "b").isValid(signature: signature, for: body))
        #expect(!WebhookSigner(hmacSecret: "a").isValid(signature: "not base64!", for: body))
        #expect(!WebhookSigner(hmacSecret: "a").isValid(signature: "", for: body))
    }
}
