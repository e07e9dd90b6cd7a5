import Synchronization
import YunoSimCore

/// Collects what a run passes to its `onAttempt`, from whatever thread that is.
public final class AttemptLog: Sendable {
    private let state = Mutex<[AttemptRecord]>([])

    public init() {}

    /// Keeps `record`; pass this as `onAttempt`.
    @Sendable public func record(_ record: AttemptRecord) {
        state.withLock { $0.append(record) }
    }

    /// The records kept, in the order they arrived.
    public var records: [AttemptRecord] { state.withLock { $0 } }
}
