/// How virtual time runs during a scenario (`clock.speed`).
public enum ClockSetting: Sendable, Hashable {
    /// Virtual time stands still while attempts are in flight and jumps to the next due time
    /// as soon as nothing is.
    case instant
    /// Virtual seconds per real second (3600 runs one virtual hour per real second).
    case speed(Double)
}
