import Foundation
import Testing
import YunoSimCore

/// The journal writes dates and decimals without Foundation's formatters; these pin its text to
/// what the formatters wrote.
@Suite struct JournalFormatTests {
    private static let format = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    private func line(wallTime: Date = Date(timeIntervalSince1970: 0), latency: Duration = .zero, offset: Duration = .zero) -> String {
        let record = AttemptRecord(
            eventID: "e", typeEvent: "payment.purchase", attempt: 1, retry: 0,
            plannedOffset: .zero, virtualOffset: offset, scenarioTime: .zero,
            virtualTime: wallTime, wallTime: wallTime, url: "http://127.0.0.1:9/hook",
            status: 200, error: nil, latency: latency, signature: nil
        )
        return String(decoding: Journal.line(for: record), as: UTF8.self)
    }

    /// The decimal text of `String(format: "%.3f")` after rounding, whole numbers without a fraction.
    private func reference(_ value: Double) -> String {
        let rounded = (value * 1_000).rounded() / 1_000
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return String(format: "%.3f", rounded)
    }

    @Test func timestampsMatchFoundationsISO8601Format() {
        let edges: [Double] = [0, 0.0015, -1.0005, 1_772_366_400, 1_772_366_400.0005, 1_772_366_400.9996, 951_782_400.999_999]
        var generator = SplitMix64(seed: 1_772_366_400)
        let random = (0..<500).map { _ in Double.random(in: -2e9...4e9, using: &generator) }
        for seconds in edges + random {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(line(wallTime: date).contains("\"wall_time\":\"\(date.formatted(Self.format))\""), "\(seconds)")
        }
    }

    @Test func decimalsMatchFormattedText() {
        let milliseconds: [Double] = [0, 0.0004, 0.0005, 1, 1.5, 1.2344, 1.2345, 7_000, 123_456.789, 0.25, 1e9 + 0.5]
        for value in milliseconds {
            let duration = Duration.nanoseconds(Int64(value * 1e6))
            let text = line(latency: duration, offset: .zero - duration)
            #expect(text.contains("\"latency_ms\":\(reference(duration.seconds * 1_000)),"), "\(value): \(text)")
            #expect(text.contains("\"virtual_offset_s\":\(reference((.zero - duration).seconds)),"), "\(value): \(text)")
        }
    }
}
