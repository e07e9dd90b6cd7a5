/// When each attempt of an event is made, as offsets from the event's first try.
///
/// Attempt 1 is the first try (offset 0); attempt n is due at the first try plus
/// `offset(ofAttempt: n)`. After the last attempt fails the event is exhausted.
public struct RetrySchedule: Sendable, Hashable, CustomStringConvertible {
    /// Offsets from the first try, one per attempt; the first is always zero.
    public let offsets: [Duration]
    /// `yuno`, `yuno-cumulative`, or `nil` for a custom schedule.
    public let name: String?
    /// The same offsets in nanoseconds, for the scheduler's hot path.
    let offsetNanoseconds: [Int64]

    private init(offsets: [Duration], name: String?) {
        self.offsets = offsets
        self.name = name
        self.offsetNanoseconds = offsets.map(\.nanosecondCount)
    }

    /// Yuno's table (CONTRACT §4): 0, 5 min, 50 min, 6 h, 24 h, 48 h, 96 h after the first try.
    public static let yuno = RetrySchedule(offsets: yunoTable, name: "yuno")

    /// The same table read as gaps between consecutive attempts (about 7 days 7 hours in total),
    /// as one other Yuno page describes it.
    public static let yunoCumulative = RetrySchedule(
        offsets: yunoTable.indices.map { index in yunoTable[...index].reduce(.zero, +) },
        name: "yuno-cumulative"
    )

    private static let yunoTable: [Duration] = [
        .zero, .seconds(5 * 60), .seconds(50 * 60), .seconds(6 * 3_600),
        .seconds(24 * 3_600), .seconds(48 * 3_600), .seconds(96 * 3_600),
    ]

    /// A schedule of `offsets` from the first try: it must start at 0 and never decrease.
    public static func custom(_ offsets: [Duration]) throws(InputError) -> RetrySchedule {
        guard let first = offsets.first else {
            throw InputError("a retry schedule needs at least one offset, starting with 0s")
        }
        guard first == .zero else {
            throw InputError("a retry schedule starts with the first try at 0s, not \(first.notation)")
        }
        for (previous, next) in zip(offsets, offsets.dropFirst()) where next < previous {
            throw InputError("retry offsets are measured from the first try and must not decrease: \(next.notation) comes after \(previous.notation)")
        }
        guard offsets.count <= Int(UInt8.max) else {
            throw InputError("a retry schedule has at most \(UInt8.max) attempts, not \(offsets.count)")
        }
        return RetrySchedule(offsets: offsets, name: nil)
    }

    /// The schedule called `name`: `yuno` or `yuno-cumulative`.
    public static func named(_ name: String) throws(InputError) -> RetrySchedule {
        switch name {
        case "yuno": return .yuno
        case "yuno-cumulative": return .yunoCumulative
        default: throw InputError("unknown retry schedule '\(name)'; use yuno, yuno-cumulative or a list of offsets like [0s, 1m, 10m]")
        }
    }

    /// How many attempts an event gets before it is exhausted.
    public var attemptCount: Int { offsets.count }

    /// The offset from the first try of 1-based `attempt`, or `nil` outside 1…``attemptCount``.
    public func offset(ofAttempt attempt: Int) -> Duration? {
        offsets.indices.contains(attempt - 1) ? offsets[attempt - 1] : nil
    }

    /// `yuno`, `yuno-cumulative`, or the offsets as `[0s, 1m, 10m]`.
    public var description: String {
        name ?? "[" + offsets.map(\.notation).joined(separator: ", ") + "]"
    }
}
