/// How virtual time relates to real time during a run.
public enum ClockMode: Sendable, Hashable, CustomStringConvertible {
    /// Virtual time stands still while attempts are in flight and jumps to the next due time
    /// as soon as nothing is. Deterministic: the same run gives the same order and virtual times.
    case instant
    /// Virtual time runs this many times faster than real time (3600 = one virtual hour per
    /// real second); the simulator really waits.
    case speed(Double)

    /// Parses `instant` or a positive number of virtual seconds per real second.
    public init(notation text: String) throws(InputError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "instant" {
            self = .instant
            return
        }
        guard let factor = Double(decimal: trimmed) else {
            throw InputError("'\(text)' is not a clock speed; write instant or a number of virtual seconds per real second, like 3600")
        }
        self = try Self.speed(validating: factor)
    }

    /// The fastest clock that really waits: a four-day drill in about a third of a second.
    /// Beyond it the real waits round to nothing; `instant` is the clock for that.
    public static let maximumSpeed = 1_000_000.0
    /// The slowest: a thousandth of real time.
    public static let minimumSpeed = 0.001

    /// `.speed(factor)` after checking that `factor` is a number from ``minimumSpeed`` to
    /// ``maximumSpeed``.
    public static func speed(validating factor: Double) throws(InputError) -> ClockMode {
        guard factor.isFinite, factor > 0 else {
            throw InputError("clock speed must be a positive number, not \(factor)")
        }
        guard factor >= minimumSpeed, factor <= maximumSpeed else {
            throw InputError("clock speed must be from 0.001 to 1000000 virtual seconds per real second, not \(factor); use instant to run as fast as the merchant answers")
        }
        return .speed(factor)
    }

    public var description: String {
        switch self {
        case .instant: "instant"
        case .speed(let factor): factor == factor.rounded() && abs(factor) < 1e15 ? String(Int64(factor)) : String(factor)
        }
    }
}
