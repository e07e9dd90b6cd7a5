import Foundation

/// The whole result as one JSON document, for scripts. The format is documented in the
/// README ("Reports") and only ever gains keys; `format_version` changes if one is removed.
public enum JSONReport {
    public static let formatVersion: Int64 = 1

    public static func render(_ report: RunReport, redact: Redactor) -> String {
        let document: JSONValue = [
            "format": "yuno-sim-report",
            "format_version": .integer(formatVersion),
            "yuno_sim_version": .string(YunoSimVersion.current),
            "passed": .bool(report.passed),
            "interrupted": .bool(report.interrupted),
            "scenarios": .array(report.scenarios.map { scenario($0, redact: redact) }),
        ]
        return document.prettyText
    }

    private static func scenario(_ report: ScenarioReport, redact: Redactor) -> JSONValue {
        let totals = report.totals
        let latency = report.latency
        return [
            "scenario": .object(report.scenario.json(redact: redact)),
            "passed": .bool(report.passed),
            "interrupted": .bool(report.interrupted),
            "expectations_source": .string(report.expectationsKnown ? "scenario" : "default"),
            "virtual_elapsed_s": ReportFormat.seconds(report.result.virtualElapsed),
            "real_elapsed_s": ReportFormat.seconds(report.result.realElapsed),
            "totals": [
                "events": .integer(Int64(totals.events)),
                "delivered": .integer(Int64(totals.delivered)),
                "exhausted": .integer(Int64(totals.exhausted)),
                "unfinished": .integer(Int64(totals.unfinished)),
                "attempts": .integer(Int64(totals.attempts)),
                "failed_attempts": .integer(Int64(totals.failedAttempts)),
            ],
            "latency_ms": [
                "count": .integer(Int64(latency.count)),
                "p50": ReportFormat.milliseconds(latency.percentile(50)),
                "p95": ReportFormat.milliseconds(latency.percentile(95)),
                "p99": ReportFormat.milliseconds(latency.percentile(99)),
                "max": ReportFormat.milliseconds(latency.max),
            ],
            "expectations": .array(report.verdicts.map { verdict in
                [
                    "name": .string(redact(verdict.name)),
                    "event": .string(verdict.expectation.eventID),
                    "passed": .bool(verdict.passed),
                    "instances": .integer(Int64(verdict.checkCount)),
                    "failures": .array(verdict.failures().map { .string(redact($0.message)) }),
                ]
            }),
            "events": .array(report.result.outcomes.map { event($0, report: report, redact: redact) }),
        ]
    }

    private static func event(_ outcome: EventOutcome, report: ScenarioReport, redact: Redactor) -> JSONValue {
        let last = outcome.lastAttempt
        return [
            "event_id": .string(outcome.instanceID),
            "group": .string(outcome.eventID),
            "type_event": .string(outcome.event.typeEvent),
            "outcome": .string(outcome.outcomeName),
            "attempt_count": .integer(Int64(outcome.attemptCount)),
            "delivered_offset_s": outcome.deliveredOffset.map(ReportFormat.seconds) ?? .null,
            "last_status": last?.status.map { JSONValue.integer(Int64($0)) } ?? .null,
            "last_error": last?.errorKind.map { .string($0.rawValue) } ?? .null,
            "story": .string(redact(outcome.story)),
            "attempts": .array(report.attempts(of: outcome).map { .object($0.journalObject(redact: redact)) }),
        ]
    }
}
