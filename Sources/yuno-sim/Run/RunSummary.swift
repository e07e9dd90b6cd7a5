import Foundation
import YunoSimCore

/// What `run` prints for one scenario: where it went, each event's attempt timeline and the
/// expectations. Shows no credential: only URLs, statuses, error kinds and offsets.
struct RunSummary {
    let text: String
    let passed: Bool

    /// Instances listed one by one per event; the rest of a large `repeat` is counted.
    private static let listedInstances = 20

    init(plan: ScenarioPlan, url: WebhookURL, builtInMerchant: Bool, configuration: RunConfiguration, result: RunResult) {
        let report = result.evaluate(plan.scenario.expectations)
        passed = report.passed && !result.wasCancelled
        var lines = ["scenario  \(plan.scenario.name)  (\(plan.path))"]
        lines.append("endpoint  \(url)\(builtInMerchant ? "  (built-in reference merchant)" : "")")
        lines.append("clock     \(configuration.clock), schedule \(configuration.schedule.name ?? "custom") (\(configuration.schedule.offsets.map(\.notation).joined(separator: ", ")))")
        lines.append("")
        var shownPerEvent: [String: Int] = [:]
        for outcome in result.outcomes {
            let shown = shownPerEvent[outcome.eventID, default: 0]
            shownPerEvent[outcome.eventID] = shown + 1
            guard shown < Self.listedInstances else { continue }
            lines.append("  \(outcome.isDelivered ? "✔" : "✘") \(outcome.instanceID)  \(outcome.event)  \(outcome.story)")
            if !outcome.timeline.isEmpty {
                lines.append("      " + outcome.timeline.map { "+\($0.virtualOffset.offsetNotation) \($0)" }.joined(separator: " · "))
            }
        }
        for (eventID, count) in shownPerEvent.sorted(by: { $0.key < $1.key }) where count > Self.listedInstances {
            let instances = result.outcomes(for: eventID)
            let delivered = instances.filter(\.isDelivered).count
            lines.append("  … \(eventID): \(count - Self.listedInstances) more instances; \(delivered) of \(count) delivered in all")
        }
        lines.append("")
        let held = report.checks.filter(\.passed).count
        lines.append("expectations  \(held) of \(report.checks.count) held")
        for failure in report.failures.prefix(50) {
            lines.append("  ✘ \(failure.message)")
        }
        let virtual = result.virtualElapsed.notation
        let real = String(format: "%.2fs", result.realElapsed.seconds)
        let verdict = result.wasCancelled ? "INTERRUPTED" : (passed ? "PASS" : "FAIL")
        lines.append("result  \(verdict): \(result.attemptCount) attempts, \(virtual) of virtual time in \(real)")
        text = lines.joined(separator: "\n") + "\n\n"
    }
}
