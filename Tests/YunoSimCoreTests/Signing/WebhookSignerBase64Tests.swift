import Foundation
import Testing
@testable import YunoSimCore

@Suite struct WebhookSignerBase64Tests {
    static func encoded(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes(WebhookSigner.base64)
    }

    @Test func rfc4648TestVectors() {
        // RFC 4648 §10.
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
                       "foobar": "Zm9vYmFy"]
        for (input, output) in vectors {
            #expect(Self.encoded(Array(input.utf8)) == output, "\(input)")
        }
    }

    @Test func everyCharacterOfTheAlphabetAndPadding() {
        // 0x00 0x10 0x83 … runs through all 64 six-bit values in order.
        let bytes: [UInt8] = [0x00, 0x10, 0x83, 0x10, 0x51, 0x87, 0x20, 0x92, 0x8B, 0x30, 0xD3, 0x8F, 0x41, 0x14, 0x93, 0x51,
                              0x55, 0x97, 0x61, 0x96, 0x9B, 0x71, 0xD7, 0x9F, 0x82, 0x18, 0xA3, 0x92, 0x59, 0xA7, 0xA2, 0x9A,
                              0xAB, 0xB2, 0xDB, 0xAF, 0xC3, 0x1C, 0xB3, 0xD3, 0x5D, 0xB7, 0xE3, 0x9E, 0xBB, 0xF3, 0xDF, 0xBF]
        #expect(Self.encoded(bytes) == "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        #expect(Self.encoded([0xFF]) == "/w==")
        #expect(Self.encoded([0xFF, 0xFF]) == "//8=")
    }

    @Test func matchesFoundationForRandomInputs() {
        var generator = SplitMix64(seed: 4648)
        for length in Array(0...70) + Array(repeating: 32, count: 200) {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            #expect(Self.encoded(bytes) == Data(bytes).base64EncodedString(), "\(bytes)")
        }
    }

    @Test func signaturesAreFortyFourCharactersOfFoundationsBase64() {
        let signer = WebhookSigner(hmacSecret: "bench-hmac-secret")
        for body in ["", "{}", String(repeating: "x", count: 8_500)] {
            let signature = signer.signature(for: Array(body.utf8))
            #expect(signature.utf8.count == 44)
            #expect(Data(base64Encoded: signature)?.base64EncodedString() == signature)
        }
    }
}
