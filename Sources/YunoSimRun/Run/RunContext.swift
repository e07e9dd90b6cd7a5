import YunoSimCore

/// What every scenario of one `run` shares: where attempts are journalled, what is shown while
/// it runs, how it is interrupted and which secrets are masked in everything it writes.
struct RunContext: Sendable {
    let journal: Journal?
    /// Keep every attempt for the report files.
    let keepsAttempts: Bool
    let progress: LiveProgress
    let interruption: Interruption
    let redactor: Redactor
    /// Where headings and summaries go.
    let output: FileOutput
}
