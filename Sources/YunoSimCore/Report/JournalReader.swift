import Foundation

/// Rebuilds a run's reports from its ``Journal``, so an interrupted or long-finished run can
/// still be reported. Scenario lines give the scenario, its events and expectations; a
/// journal without them (written by hand or by an older version) is read as one scenario whose
/// expectations are unknown. A last line cut short by a crash is left out, with a note.
public enum JournalReader {
    /// Reads the journal file at `path`.
    public static func read(contentsOf path: String) throws(InputError) -> RunReport {
        switch FileContents.read(path) {
        case .success(let data): return try report(from: String(decoding: data, as: UTF8.self), source: path)
        case .failure(let reason): throw InputError("cannot read journal \(path): \(reason)")
        }
    }

    /// Reads journal `text`; `source` names it in messages and names a scenario without a line.
    public static func report(from text: String, source: String) throws(InputError) -> RunReport {
        var scenarios: [ScenarioReport] = []
        var current: ScenarioRecord?
        var attempts: [AttemptRecord] = []
        // Each event's attempts come in order, once each: 1, 2, 3… A journal edited by hand or
        // two runs pasted together would otherwise give counts that contradict each other.
        var lastAttempt: [String: Int] = [:]
        var sawAnything = false
        var notes: [String] = []
        func finish(end: JSONValue?) throws(InputError) {
            guard current != nil || !attempts.isEmpty else { return }
            let scenario = current ?? inferredScenario(from: attempts, source: source)
            scenarios.append(try scenarioReport(scenario, attempts, end: end))
            current = nil
            attempts = []
            lastAttempt = [:]
        }
        // "\r\n" is one Character: a journal passed through a Windows editor or git still splits.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let value: JSONValue
            do {
                value = try JSONParser.parse(String(line), source: "\(source):\(index + 1)")
            } catch {
                // Cut short by an exit mid-write; a file of which no line reads is not a journal.
                if index == lines.count - 1, sawAnything {
                    notes.append("\(source):\(index + 1): the last line is cut short (the run was killed while writing it) and is left out")
                    break
                }
                throw error
            }
            sawAnything = true
            do throws(InputError) {
                switch value["record"] {
                case .string(JournalScenarioLine.scenario):
                    try finish(end: nil)
                    current = try ScenarioRecord(json: value)
                case .string(JournalScenarioLine.end):
                    try finish(end: value)
                default:
                    let attempt = try AttemptRecord(journalLine: value)
                    let previous = lastAttempt[attempt.eventID] ?? 0
                    guard attempt.attempt == previous + 1 else {
                        throw InputError("attempt \(attempt.attempt) of '\(attempt.eventID)' comes after "
                            + (previous == 0 ? "none" : "attempt \(previous)")
                            + "; a journal lists each event's attempts once, in order (one run per scenario line)")
                    }
                    lastAttempt[attempt.eventID] = attempt.attempt
                    attempts.append(attempt)
                }
            } catch {
                throw InputError("\(source):\(index + 1): \(error.message)")
            }
        }
        try finish(end: nil)
        guard sawAnything else { throw InputError("\(source): the journal is empty; nothing to report") }
        return RunReport(scenarios: scenarios, notes: notes)
    }

    /// Outcomes as the runner would have recorded them, from the attempts in completion order.
    private static func scenarioReport(_ scenario: ScenarioRecord, _ attempts: [AttemptRecord], end: JSONValue?) throws(InputError) -> ScenarioReport {
        var outcomes: [EventOutcome] = []
        var indexByInstance: [String: Int] = [:]
        for (scheduledIndex, event) in scenario.events.enumerated() {
            for repeatIndex in 0..<event.repeatCount {
                indexByInstance[event.instanceID(ofRepeat: repeatIndex)] = outcomes.count
                outcomes.append(EventOutcome(event: event, scheduledIndex: scheduledIndex, repeatIndex: repeatIndex))
            }
        }
        var latency = LatencyHistogram()
        var byInstance: [String: [AttemptRecord]] = [:]
        for attempt in attempts {
            guard let index = indexByInstance[attempt.eventID] else {
                throw InputError("attempt for '\(attempt.eventID)', which scenario '\(scenario.name)' does not send")
            }
            outcomes[index].state = .init(
                afterAttempt: attempt.attempt, acknowledged: attempt.isDelivered, offset: attempt.virtualOffset,
                scheduleLength: scenario.schedule.attemptCount
            )
            outcomes[index].appendToTimeline(AttemptSummary(
                virtualOffset: attempt.virtualOffset, status: attempt.status, error: attempt.error))
            latency.record(attempt.latency)
            byInstance[attempt.eventID, default: []].append(attempt)
        }
        let fields = end.map { JSONFields($0, what: "scenario_end") }
        let wallTimes = attempts.map(\.wallTime)
        let result = RunResult(
            outcomes: outcomes,
            attemptCount: attempts.count,
            wasCancelled: try fields?.optionalBool("interrupted") ?? true,
            start: scenario.start,
            startedAt: wallTimes.min(),
            virtualElapsed: try fields?.duration("virtual_elapsed_s") ?? attempts.map(\.scenarioTime).max() ?? .zero,
            realElapsed: try fields?.duration("real_elapsed_s")
                ?? .seconds((wallTimes.max() ?? .distantPast).timeIntervalSince(wallTimes.min() ?? .distantPast)),
            lateAttempts: attempts.count { RunResult.isLate(planned: $0.plannedOffset, actual: $0.virtualOffset) }
        )
        return ScenarioReport(scenario: scenario, result: result, attempts: byInstance, latency: latency)
    }

    /// One event per instance seen, on Yuno's schedule, expectations unknown.
    private static func inferredScenario(from attempts: [AttemptRecord], source: String) -> ScenarioRecord {
        var events: [ScheduledEvent] = []
        var seen: Set<String> = []
        for attempt in attempts where seen.insert(attempt.eventID).inserted {
            if let name = try? EventName(attempt.typeEvent),
               let event = try? ScheduledEvent(id: attempt.eventID, event: name, at: attempt.scenarioTime - attempt.virtualOffset) {
                events.append(event)
            }
        }
        let first = attempts.first
        return ScenarioRecord(
            name: URL(fileURLWithPath: source).lastPathComponent, path: source, url: first?.url ?? "",
            builtInMerchant: false, clock: nil,
            start: first.map { $0.virtualTime.addingTimeInterval(-$0.scenarioTime.seconds) } ?? Date(timeIntervalSince1970: 0),
            schedule: .yuno, events: events, expectations: nil
        )
    }
}
