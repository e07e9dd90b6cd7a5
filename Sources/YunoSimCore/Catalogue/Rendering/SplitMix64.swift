/// SplitMix64: a tiny, fast, seedable generator. The same seed always gives the same
/// sequence, which is what makes `--seed` runs byte-identical.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function: a bijective scramble of one 64-bit word.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A named random quantity of one body (the payment id, the amount, the payer's first name).
/// Every place that uses the same variable shows the same value, derived from the instance seed.
struct BodyVariable: Hashable, Sendable {
    let key: UInt64

    init(_ key: UInt64) { self.key = key }

    /// The 64-bit value of this variable for `seed`; `lane` gives further independent words.
    @inline(__always)
    func word(seed: UInt64, lane: UInt64 = 0) -> UInt64 {
        SplitMix64.mix(seed &+ (key &* 0x9E37_79B9_7F4A_7C15) &+ (lane &* 0xD1B5_4A32_D192_ED03))
    }
}
