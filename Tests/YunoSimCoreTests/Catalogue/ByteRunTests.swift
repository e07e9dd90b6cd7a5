import Testing
@testable import YunoSimCore

@Suite struct ByteRunTests {
    static let integers: [Int64] = [.min, .min + 1, -1_000_000, -10, -9, -1, 0, 1, 9, 10, 99, 100, 999_999, .max - 1, .max]

    /// What `write` puts in a 32-byte buffer, and how far it moved.
    static func written(_ write: (UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>) -> [UInt8] {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            guard let start = buffer.baseAddress else { return [] }
            let end = write(start)
            return Array(UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    @Test(arguments: integers)
    func integerWritesWhatJSONWrites(value: Int64) {
        var expected: [UInt8] = []
        JSONValue.writeInteger(value, to: &expected)
        #expect(Self.written { ByteRun.integer(value, at: $0) } == expected)
        #expect(ByteRun.integerCount(value) == expected.count)
    }

    @Test func digitsPadAndDropTheHighestDigits() {
        #expect(Self.written { ByteRun.digits(Int64(7), width: 3, at: $0) } == Array("007".utf8))
        #expect(Self.written { ByteRun.digits(Int64(12_345), width: 2, at: $0) } == Array("45".utf8))
        #expect(Self.written { ByteRun.digits(Int64(-5), width: 2, at: $0) } == Array("00".utf8))
        #expect(Self.written { ByteRun.digits(UInt64.max, width: 20, at: $0) } == Array("18446744073709551615".utf8))
    }

    @Test func hexDigitsAreLowerCaseAndPadded() {
        var generator = SplitMix64(seed: 11)
        let values: [UInt32] = [0, 9, 10, 15, 0x0123_4567, 0x89AB_CDEF, 0xF0F0_F0F0, .max]
            + (0..<200).map { _ in .random(in: .min ... .max, using: &generator) }
        for value in values {
            let text = String(value, radix: 16)
            let expected = Array((String(repeating: "0", count: 8 - text.count) + text).utf8)
            #expect(Self.written { ByteRun.bytes(ByteRun.hexDigits(value), at: $0) } == expected, "\(value)")
            #expect(Self.written { ByteRun.bytes(UInt32(truncatingIfNeeded: ByteRun.hexDigits(value) >> 32), at: $0) }
                == Array(expected[0..<4]))
        }
    }
}
