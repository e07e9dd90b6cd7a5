/// One instruction of a compiled body: copy a run of fixed bytes, or write one generated value
/// whose parameters were worked out when the body was compiled. Every payload is a plain value,
/// so walking the steps retains nothing.
enum RenderStep: Sendable {
    /// These bytes of the body's fixed buffer.
    case copy(Range<Int>)
    /// The attempt's `retry` number.
    case retry
    /// A money amount with up to two decimals, from 1.00 to 9,999.99.
    case amount(BodyVariable)
    /// `lowerBound` plus the variable's word modulo `span`; a span of 0 stands for all 2^64 values.
    case integer(BodyVariable, lowerBound: Int64, span: UInt64)
    /// A version-4 UUID in lower case.
    case uuid(BodyVariable)
    /// The instance time minus `microsBefore` and, with `jitter`, minus up to one more second.
    case time(microsBefore: Int64, jitter: BodyVariable?)
    /// One row of the option table's `rows` (each row a range of the fixed buffer); variables
    /// that pick from tables of the same length pick the same row.
    case pick(BodyVariable, rows: Range<Int>)
    /// A fixed number of decimal digits.
    case digits(BodyVariable, count: Int)

    /// What one render needs besides the compiled steps.
    struct Input {
        let seed: UInt64
        let retry: Int
        let micros: Int64
    }

    /// Bytes of the widest value: `Int64.min` in decimal.
    static let maxIntegerCount = 20
    /// Bytes of `9999.99`.
    static let maxAmountCount = 7
    /// Bytes of a UUID.
    static let uuidCount = 36

    /// Writes this step's bytes at `cursor`, which has room for the step's most, and returns
    /// the pointer after them.
    @inline(__always)
    func write(_ input: Input, fixed: UnsafeBufferPointer<UInt8>, rows: UnsafeBufferPointer<Range<Int>>,
               at cursor: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        switch self {
        case .copy(let range):
            return Self.copy(UnsafeBufferPointer(rebasing: fixed[range]), to: cursor)
        case .retry:
            return ByteRun.integer(Int64(input.retry), at: cursor)
        case .amount(let variable):
            let cents = 100 + variable.word(seed: input.seed) % 999_900
            let next = ByteRun.integer(Int64(cents / 100), at: cursor)
            let fraction = cents % 100
            guard fraction != 0 else { return next }
            let point = ByteRun.byte(UInt8(ascii: "."), at: next)
            return fraction % 10 == 0
                ? ByteRun.digits(fraction / 10, width: 1, at: point)
                : ByteRun.digits(fraction, width: 2, at: point)
        case .integer(let variable, let lowerBound, let span):
            let word = variable.word(seed: input.seed)
            let offset = span == 0 ? word : word % span
            return ByteRun.integer(lowerBound &+ Int64(bitPattern: offset), at: cursor)
        case .uuid(let variable):
            let high = variable.word(seed: input.seed)
            // Version 4 and the RFC 4122 variant, as UUID() makes them.
            let low = (variable.word(seed: input.seed, lane: 1) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
            let versioned = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
            // 8-4-4-4-12 digits: the first word, the second split, the third split, the fourth.
            let second = ByteRun.hexDigits(UInt32(truncatingIfNeeded: versioned))
            let third = ByteRun.hexDigits(UInt32(truncatingIfNeeded: low >> 32))
            var next = ByteRun.bytes(ByteRun.hexDigits(UInt32(truncatingIfNeeded: versioned >> 32)), at: cursor)
            next = ByteRun.bytes(UInt32(truncatingIfNeeded: second >> 32), at: ByteRun.byte(UInt8(ascii: "-"), at: next))
            next = ByteRun.bytes(UInt32(truncatingIfNeeded: second), at: ByteRun.byte(UInt8(ascii: "-"), at: next))
            next = ByteRun.bytes(UInt32(truncatingIfNeeded: third >> 32), at: ByteRun.byte(UInt8(ascii: "-"), at: next))
            next = ByteRun.bytes(UInt32(truncatingIfNeeded: third), at: ByteRun.byte(UInt8(ascii: "-"), at: next))
            return ByteRun.bytes(ByteRun.hexDigits(UInt32(truncatingIfNeeded: low)), at: next)
        case .time(let microsBefore, let jitter):
            let jitterMicros = jitter.map { Int64($0.word(seed: input.seed) % 1_000_000) } ?? 0
            return Timestamp.write(micros: input.micros - microsBefore - jitterMicros, at: cursor)
        case .pick(let variable, let table):
            let row = rows[table.lowerBound + Int(variable.word(seed: input.seed) % UInt64(table.count))]
            return Self.copy(UnsafeBufferPointer(rebasing: fixed[row]), to: cursor)
        case .digits(let variable, let count):
            var word = variable.word(seed: input.seed)
            for index in 0..<count {
                if index == 16 { word = variable.word(seed: input.seed, lane: 2) }
                cursor[index] = UInt8(ascii: "0") + UInt8(word % 10)
                word /= 10
            }
            return cursor + count
        }
    }

    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to cursor: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        UnsafeMutableRawBufferPointer(start: cursor, count: bytes.count).copyMemory(from: UnsafeRawBufferPointer(bytes))
        return cursor + bytes.count
    }
}
