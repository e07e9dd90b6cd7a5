/// What wakes the runner's task.
enum RunnerEvent: Sendable, Equatable {
    /// A finished attempt left the run waiting on time, or finished it.
    case wake
    case timerFired
    /// The runner's task was cancelled: stop sending.
    case cancelled
}
