/// A value that changes between instances or attempts; everything else in a body is fixed
/// when the template is built.
enum Slot: Sendable {
    /// The attempt's `retry` number.
    case retry
    /// A JSON string assembled from parts.
    case text([TextPart])
    /// A money amount with up to two decimals, from 1.00 to 9,999.99.
    case amount(BodyVariable)
    /// An integer in a range.
    case integer(BodyVariable, ClosedRange<Int64>)
}

/// One piece of a generated JSON string.
enum TextPart: Sendable {
    /// Fixed text, already JSON-escaped.
    case literal([UInt8])
    /// A version-4 UUID in lower case.
    case uuid(BodyVariable)
    /// The instance time minus `secondsBefore` (negative: later) and, with `jitter`, minus up
    /// to one more second; ISO-8601 UTC with microseconds.
    case time(secondsBefore: Int64, jitter: BodyVariable?)
    /// One of the options (already JSON-escaped); parts that pick with the same variable
    /// from lists of the same length pick the same row.
    case pick(BodyVariable, [[UInt8]])
    /// A fixed number of decimal digits.
    case digits(BodyVariable, count: Int)

    /// Fixed text, escaped for JSON.
    static func text(_ value: String) -> TextPart {
        var bytes: [UInt8] = []
        JSONValue.writeEscaped(value, to: &bytes)
        return .literal(bytes)
    }

    /// A choice among `options`, escaped for JSON.
    static func choice(_ variable: BodyVariable, _ options: [String]) -> TextPart {
        .pick(variable, options.map { option in
            var bytes: [UInt8] = []
            JSONValue.writeEscaped(option, to: &bytes)
            return bytes
        })
    }
}

/// What one render needs besides the compiled pieces.
struct RenderInput {
    let seed: UInt64
    let retry: Int
    let micros: Int64
}

extension Slot {
    func write(_ input: RenderInput, to out: inout [UInt8]) {
        switch self {
        case .retry:
            JSONValue.writeInteger(Int64(input.retry), to: &out)
        case .text(let parts):
            out.append(UInt8(ascii: "\""))
            // Borrowed through the buffer: iterating the array would retain each part's payload.
            parts.withUnsafeBufferPointer { parts in
                for index in parts.indices { parts[index].write(input, to: &out) }
            }
            out.append(UInt8(ascii: "\""))
        case .amount(let variable):
            let cents = Int64(100 + variable.word(seed: input.seed) % 999_900)
            JSONValue.writeInteger(cents / 100, to: &out)
            let fraction = cents % 100
            if fraction != 0 {
                out.append(UInt8(ascii: "."))
                if fraction % 10 == 0 {
                    JSONValue.writeInteger(fraction / 10, to: &out)
                } else {
                    Timestamp.pad(fraction, 2, &out)
                }
            }
        case .integer(let variable, let range):
            let span = UInt64(range.upperBound - range.lowerBound) + 1
            JSONValue.writeInteger(range.lowerBound + Int64(variable.word(seed: input.seed) % span), to: &out)
        }
    }
}

extension TextPart {
    func write(_ input: RenderInput, to out: inout [UInt8]) {
        switch self {
        case .literal(let bytes):
            out.append(contentsOf: bytes)
        case .uuid(let variable):
            let high = variable.word(seed: input.seed)
            // Version 4 and the RFC 4122 variant, as UUID() makes them.
            let low = (variable.word(seed: input.seed, lane: 1) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
            let versioned = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
            ByteRun.append(count: 36, to: &out) { start in
                var next = ByteRun.hex(versioned >> 32, nibbles: 8, at: start)
                next = ByteRun.hex(versioned >> 16, nibbles: 4, at: ByteRun.byte(UInt8(ascii: "-"), at: next))
                next = ByteRun.hex(versioned, nibbles: 4, at: ByteRun.byte(UInt8(ascii: "-"), at: next))
                next = ByteRun.hex(low >> 48, nibbles: 4, at: ByteRun.byte(UInt8(ascii: "-"), at: next))
                _ = ByteRun.hex(low, nibbles: 12, at: ByteRun.byte(UInt8(ascii: "-"), at: next))
            }
        case .time(let secondsBefore, let jitter):
            let jitterMicros = jitter.map { Int64($0.word(seed: input.seed) % 1_000_000) } ?? 0
            Timestamp.write(micros: input.micros - secondsBefore * 1_000_000 - jitterMicros, to: &out)
        case .pick(let variable, let options):
            guard !options.isEmpty else { return }
            out.append(contentsOf: options[Int(variable.word(seed: input.seed) % UInt64(options.count))])
        case .digits(let variable, let count):
            ByteRun.append(count: count, to: &out) { start in
                var word = variable.word(seed: input.seed)
                for index in 0..<count {
                    if index == 16 { word = variable.word(seed: input.seed, lane: 2) }
                    start[index] = UInt8(ascii: "0") + UInt8(word % 10)
                    word /= 10
                }
            }
        }
    }
}
