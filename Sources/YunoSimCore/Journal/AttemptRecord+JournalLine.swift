import Foundation

extension AttemptRecord {
    /// Reads back one attempt line of a ``Journal``.
    public init(journalLine line: JSONValue) throws(InputError) {
        let read = JSONFields(line, what: "attempt")
        let status = try read.optionalInt("status")
        var error: DeliveryError?
        if let name = try read.optionalString("error") {
            guard let known = DeliveryError(shortName: name, status: status, detail: try read.optionalString("error_detail")) else {
                throw InputError("attempt: unknown error kind '\(name)'")
            }
            error = known
        } else if try read.string("outcome") != "delivered" {
            throw InputError("attempt: a failed attempt needs an `error`")
        }
        self.init(
            eventID: try read.string("event_id"), typeEvent: try read.string("type_event"),
            attempt: try read.int("attempt"), retry: try read.int("retry"),
            plannedOffset: try read.duration("planned_offset_s"), virtualOffset: try read.duration("virtual_offset_s"),
            scenarioTime: try read.duration("scenario_time_s"),
            virtualTime: try read.date("virtual_time"), wallTime: try read.date("wall_time"),
            url: try read.string("url"), status: status, error: error,
            latency: try read.optionalMilliseconds("latency_ms") ?? .zero,
            signature: try read.optionalString("signature")
        )
    }

    /// Writes this attempt's journal members, keys in a fixed order, with `url` already
    /// redacted and `redact` applied to the error's detail.
    func writeJournalMembers(url: String, redact: Redactor, to json: inout some JSONMemberWriter) {
        // As written: `report` joins attempts to events by it, and no id holds a credential.
        json.add("event_id", string: eventID)
        json.add("type_event", string: typeEvent)
        json.add("attempt", integer: attempt)
        json.add("retry", integer: retry)
        json.add("planned_offset_s", decimal: plannedOffset.seconds)
        json.add("virtual_offset_s", decimal: virtualOffset.seconds)
        json.add("scenario_time_s", decimal: scenarioTime.seconds)
        json.add("virtual_time", date: virtualTime)
        json.add("wall_time", date: wallTime)
        json.add("url", string: url)
        json.add("status", integer: status)
        json.add("outcome", string: isDelivered ? "delivered" : "failed")
        json.add("error", string: error?.shortName)
        json.add("error_detail", string: error.map { redact($0.detail) })
        json.add("latency_ms", decimal: latency.seconds * 1_000)
        json.add("signature", string: signature)
    }

    /// The object of this attempt's journal line with `redact` applied, as `report --json`
    /// lists it.
    func journalObject(redact: Redactor) -> JSONObject {
        var object = JSONObject()
        writeJournalMembers(url: redact(url), redact: redact, to: &object)
        return object
    }
}
