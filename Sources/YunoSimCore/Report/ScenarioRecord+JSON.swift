import Foundation

extension ScenarioRecord {
    /// The record as a JSON object: the journal's `scenario` line and a report's `scenario`.
    /// Event ids are written as they are: `report` joins attempts to events by them, and the
    /// parser refuses an id holding a credential.
    public func json(redact: Redactor) -> JSONObject {
        JSONObject([
            ("name", .string(redact(name))),
            ("path", .string(redact(path))),
            ("url", .string(redact(url))),
            ("built_in_merchant", .bool(builtInMerchant)),
            ("clock", clock.map { .string($0.description) } ?? .null),
            ("start", .string(start.formatted(ReportFormat.time))),
            ("schedule", schedule.name.map(JSONValue.string) ?? .null),
            ("schedule_offsets_s", .array(schedule.offsets.map { ReportFormat.seconds($0) })),
            ("events", .array(events.map { event in
                [
                    "id": .string(event.id),
                    "type_event": .string(event.event.typeEvent),
                    "at_s": ReportFormat.seconds(event.at),
                    "repeat": .integer(Int64(event.repeatCount)),
                    "every_s": ReportFormat.seconds(event.repeatEvery),
                ]
            })),
            ("expectations", expectations.map { list in .array(list.map { expectation in
                [
                    "event": .string(expectation.eventID),
                    "delivered": expectation.delivered.map(JSONValue.bool) ?? .null,
                    "attempt": expectation.attempt.map { JSONValue.integer(Int64($0)) } ?? .null,
                    "within": expectation.within.map { JSONValue.integer(Int64($0)) } ?? .null,
                ]
            }) } ?? .null),
        ])
    }

    /// Reads back what ``json(redact:)`` wrote.
    public init(json: JSONValue) throws(InputError) {
        let read = JSONFields(json, what: "scenario")
        let offsets = try read.array("schedule_offsets_s").map { value throws(InputError) in
            try JSONFields.duration(value, what: "schedule_offsets_s")
        }
        let scheduleName = try read.optionalString("schedule")
        let schedule = if let scheduleName { try RetrySchedule.named(scheduleName) } else { try RetrySchedule.custom(offsets) }
        let events = try read.array("events").map { value throws(InputError) in
            let event = JSONFields(value, what: "event")
            return try ScheduledEvent(
                id: try event.string("id"), event: try EventName(try event.string("type_event")),
                at: try event.duration("at_s"), repeatCount: try event.int("repeat"),
                repeatEvery: try event.duration("every_s")
            )
        }
        var expectations: [Expectation]?
        if case .array(let list) = json["expectations"] {
            expectations = try list.map { value throws(InputError) in
                let expectation = JSONFields(value, what: "expectation")
                return try Expectation(
                    eventID: try expectation.string("event"), delivered: try expectation.optionalBool("delivered"),
                    attempt: try expectation.optionalInt("attempt"), within: try expectation.optionalInt("within")
                )
            }
        }
        self.init(
            name: try read.string("name"), path: try read.string("path"), url: try read.string("url"),
            builtInMerchant: try read.optionalBool("built_in_merchant") ?? false,
            clock: try ClockMode(notation: try read.string("clock")),
            start: try read.date("start"), schedule: schedule, events: events, expectations: expectations
        )
    }
}
