import Foundation

/// Virtual time of a run, as an offset from the scenario start, derived from real time.
///
/// Pure arithmetic: the driver supplies the real time elapsed since the run began, so tests
/// can use a manual clock. In ``ClockMode/instant`` mode virtual time moves only by
/// ``advance(to:)``; in ``ClockMode/speed(_:)`` mode it is the real elapsed time times the factor.
public struct VirtualClock: Sendable {
    public let mode: ClockMode
    /// The calendar date of virtual offset zero, used for `virtual_time` and rendered bodies.
    public let start: Date
    private var instantNow: Duration = .zero

    public init(mode: ClockMode, start: Date) {
        self.mode = mode
        self.start = start
    }

    /// The virtual offset from the scenario start after `realElapsed` of real time.
    public func now(realElapsed: Duration) -> Duration {
        switch mode {
        case .instant: instantNow
        case .speed(let factor): realElapsed * factor
        }
    }

    /// Whether virtual time moves by itself (``ClockMode/speed(_:)``) rather than by jumps.
    public var isInstant: Bool { mode == .instant }

    /// Jumps instant-mode virtual time forward to `time`; never moves it back. No effect in
    /// speed mode, where virtual time follows real time.
    public mutating func advance(to time: Duration) {
        if isInstant, time > instantNow { instantNow = time }
    }

    /// How much real time must pass, after `realElapsed`, until virtual time reaches `time`.
    /// Zero in instant mode and when `time` has already passed.
    public func realDelay(until time: Duration, realElapsed: Duration) -> Duration {
        guard case .speed(let factor) = mode else { return .zero }
        let wait = time / factor - realElapsed
        return wait > .zero ? wait : .zero
    }

    /// The calendar date of the virtual offset `time`.
    public func date(at time: Duration) -> Date {
        start.addingTimeInterval(time.seconds)
    }
}
