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
}
