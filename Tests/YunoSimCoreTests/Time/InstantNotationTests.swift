import Foundation
import Testing
import YunoSimCore

@Suite struct InstantNotationTests {
    @Test(arguments: [
        ("2026-03-01T12:00:00Z", 1_772_366_400.0),
        ("2026-03-01T12:00:00.250Z", 1_772_366_400.25),
        ("2026-03-01T14:30:00+02:30", 1_772_366_400.0),
        ("2026-03-01T09:00:00-03:00", 1_772_366_400.0),
        ("2024-02-29T00:00:00Z", 1_709_164_800.0),
        ("1970-01-01T00:00:00Z", 0.0),
    ])
    func readsInstantsAsWritten(text: String, seconds: Double) throws {
        #expect(try InstantNotation.parse(text).timeIntervalSince1970 == seconds)
    }

    @Test(arguments: [
        ("2026-02-30T12:00:00Z", "2026-02 has no day 30"),
        ("2025-02-29T12:00:00Z", "2025-02 has no day 29"),
        ("12026-03-01T12:00:00Z", "write it like 2026-03-01T12:00:00Z"),
        ("2026-03-01T12:00:00+25:00", "its offset must be like +02:00"),
        ("2026-03-01T24:00:00Z", "its time of day is out of range"),
        ("2026-13-01T12:00:00Z", "its month must be from 01 to 12"),
        ("2026-00-10T12:00:00Z", "its month must be from 01 to 12"),
        ("2026-03-01T12:00:00", "end it with Z (UTC) or an offset like +02:00"),
        ("2026-03-01T12:00:00.Z", "write it like 2026-03-01T12:00:00Z"),
        ("9999-12-31T12:00:00Z", "its year must be from 1970 to 9900"),
        ("yesterday", "write it like 2026-03-01T12:00:00Z"),
    ])
    func refusesWhatFoundationWouldQuietlyShift(text: String, reason: String) {
        #expect(throws: InputError.self) { try InstantNotation.parse(text) }
        do {
            _ = try InstantNotation.parse(text)
        } catch {
            #expect(error.message == "'\(text)' is not an ISO-8601 instant; \(reason)")
        }
    }
}
