/// Which retry schedule a scenario uses (`retry.schedule`).
public enum RetryScheduleSetting: Sendable, Hashable {
    /// Yuno's seven attempts at 0, 5 min, 50 min, 6 h, 24 h, 48 h and 96 h after the first try.
    case yuno
    /// The same table read as gaps between consecutive attempts (about 7 days 7 hours in all).
    case yunoCumulative
    /// Offsets from the first try, one per attempt; the first is always zero.
    case custom([Duration])

    /// The number of attempts in Yuno's schedule.
    public static let yunoAttemptCount = 7

    /// How many attempts an event gets before it is exhausted.
    public var attemptCount: Int {
        switch self {
        case .yuno, .yunoCumulative: Self.yunoAttemptCount
        case .custom(let offsets): offsets.count
        }
    }
}
