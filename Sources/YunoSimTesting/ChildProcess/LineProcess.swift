import Subprocess

/// A long-running child process (`yuno-sim merchant`, a run to interrupt) whose standard
/// output, or standard error, is read line by line while it runs.
public actor LineProcess {
    private var lines: AsyncStream<String>.Iterator
    private let signals: AsyncStream<Signal>.Continuation
    private let exit: Task<Int32, any Error>

    /// Starts `yuno-sim arguments…`, or `executable arguments…` when given, and returns once it
    /// runs. Its standard output is read, or its standard error when `readingStandardError`
    /// (the other is discarded).
    public init(_ arguments: [String], executable: String = ChildProcess.binary, readingStandardError: Bool = false) async throws {
        let (lines, lineSink) = AsyncStream.makeStream(of: String.self)
        let (signals, signalSink) = AsyncStream.makeStream(of: Signal.self)
        let (started, startedSink) = AsyncStream.makeStream(of: Void.self)
        let configuration = Configuration(
            executable: .path(.init(executable)), arguments: Arguments(arguments),
            environment: ChildProcess.environment([:])
        )
        exit = Task {
            defer {
                lineSink.finish()
                startedSink.finish()
            }
            @Sendable func serve(_ output: SubprocessOutputSequence, _ send: @escaping @Sendable (Signal) -> Void) async throws {
                startedSink.yield()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { for await signal in signals { send(signal) } }
                    for try await line in output.strings() { lineSink.yield(line) }
                    lineSink.finish()
                    group.cancelAll()
                }
            }
            let status = if readingStandardError {
                try await Subprocess.run(configuration, input: .none, output: .discarded, error: .sequence) { execution in
                    try await serve(execution.standardError) { try? execution.send(signal: $0) }
                }.terminationStatus
            } else {
                try await Subprocess.run(configuration, input: .none, output: .sequence, error: .discarded) { execution in
                    try await serve(execution.standardOutput) { try? execution.send(signal: $0) }
                }.terminationStatus
            }
            return ChildProcess.exitCode(status)
        }
        self.lines = lines.makeAsyncIterator()
        self.signals = signalSink
        var startedIterator = started.makeAsyncIterator()
        if await startedIterator.next() == nil {
            // It never ran: the task holds why.
            _ = try await exit.value
        }
    }

    /// The next line; waits until it arrives, `nil` at the end of the output.
    public func nextLine() async -> String? {
        // The iterator shares its stream's storage, so a copy reads on from where it is.
        var iterator = lines
        defer { lines = iterator }
        return await iterator.next(isolation: self)
    }

    /// Waits for the process to exit on its own and returns the exit code.
    public func finish() async throws -> Int32 {
        try await exit.value
    }

    /// Sends SIGINT and returns at once.
    public func sendInterrupt() {
        signals.yield(.interrupt)
    }

    /// Sends SIGINT and returns the exit code.
    public func interrupt() async throws -> Int32 {
        sendInterrupt()
        return try await finish()
    }
}
