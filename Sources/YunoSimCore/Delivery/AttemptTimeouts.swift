/// The real-time limits of one delivery attempt.
public struct AttemptTimeouts: Sendable, Hashable {
    /// How long the whole attempt may take, from connecting to the last byte of the answer.
    public var total: Duration
    /// How long establishing the connection may take.
    public var connect: Duration

    /// Yuno's documented "confirmation waiting time" for a first try is 23 s; connections get 5 s.
    public init(total: Duration = .seconds(23), connect: Duration = .seconds(5)) {
        self.total = total
        self.connect = connect
    }
}
