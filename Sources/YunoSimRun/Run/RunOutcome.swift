/// How a command's work ended, which the command line turns into its exit code.
public enum RunOutcome: Sendable, Equatable {
    /// Delivered, every expectation held, every file valid.
    case passed
    /// A delivery or an expectation failed.
    case failed
    /// Invalid input found while checking (nothing was sent).
    case invalidInput
    /// SIGINT or SIGTERM stopped it early.
    case interrupted
}
