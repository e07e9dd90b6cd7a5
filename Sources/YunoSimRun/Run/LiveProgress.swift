import Foundation
import Glibc
import YunoSimCore

/// The one updating line on a terminal during a run: virtual time, delivered / pending /
/// exhausted, attempts and failures, redrawn at most ten times a second. Off when stderr is
/// not a terminal (no control characters in CI logs) and with --quiet.
struct LiveProgress: Sendable {
    let enabled: Bool

    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Runs `body` while drawing `recorder`'s counts; clears the line afterwards.
    func during<T: Sendable>(_ recorder: RunRecorder, clock: ClockMode, _ body: () async throws -> T) async throws -> T {
        guard enabled else { return try await body() }
        let started = ContinuousClock.now
        let drawer = Task {
            while !Task.isCancelled {
                let progress = recorder.progress
                let virtual: Duration = switch clock {
                case .instant: progress.virtualTime
                case .speed(let factor): (ContinuousClock.now - started) * factor
                }
                FileOutput.standardError.write("\r\u{1B}[2K" + progress.line(at: virtual))
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
        let outcome: Result<T, any Error>
        do { outcome = .success(try await body()) } catch { outcome = .failure(error) }
        drawer.cancel()
        await drawer.value
        FileOutput.standardError.write("\r\u{1B}[2K")
        return try outcome.get()
    }
}
