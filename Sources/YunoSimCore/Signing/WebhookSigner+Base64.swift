extension WebhookSigner {
    /// `bytes` in standard Base64 (RFC 4648 §4: `+` and `/`, `=` padding), what
    /// `Data.base64EncodedString()` writes, without a `Data` and a Foundation call per signature.
    static func base64(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: (bytes.count + 2) / 3 * 4) { out in
            guard let start = out.baseAddress else { return 0 }
            let alphabet = base64Alphabet.utf8Start
            var cursor = start
            var index = 0
            while bytes.count - index >= 3 {
                let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                cursor[0] = alphabet[Int(group >> 18)]
                cursor[1] = alphabet[Int(group >> 12 & 0x3F)]
                cursor[2] = alphabet[Int(group >> 6 & 0x3F)]
                cursor[3] = alphabet[Int(group & 0x3F)]
                cursor += 4
                index += 3
            }
            let rest = bytes.count - index
            if rest > 0 {
                // One or two bytes left: two or three characters, padded to four with `=`.
                let group = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
                cursor[0] = alphabet[Int(group >> 18)]
                cursor[1] = alphabet[Int(group >> 12 & 0x3F)]
                cursor[2] = rest == 2 ? alphabet[Int(group >> 6 & 0x3F)] : UInt8(ascii: "=")
                cursor[3] = UInt8(ascii: "=")
                cursor += 4
            }
            return cursor - start
        }
    }

    private static var base64Alphabet: StaticString { "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" }
}
