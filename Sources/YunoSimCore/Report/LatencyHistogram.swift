import Histogram

/// Attempt latencies, recorded one at a time as attempts complete, with percentiles read from
/// an HDR histogram (microsecond resolution, three significant digits) rather than by sorting.
public struct LatencyHistogram: Sendable {
    private var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)

    public init() {}

    /// Adds one attempt's latency.
    public mutating func record(_ latency: Duration) {
        let microseconds = Swift.max(0, (latency.seconds * 1e6).rounded())
        _ = histogram.record(UInt64(Swift.min(microseconds, 1e15)))
    }

    /// How many latencies were recorded.
    public var count: Int { Int(histogram.totalCount) }

    /// The latency at or below which `percentile` percent of attempts fall (0…100).
    public func percentile(_ percentile: Double) -> Duration {
        count == 0 ? .zero : .microseconds(Int64(histogram.valueAtPercentile(percentile)))
    }

    /// The largest latency recorded.
    public var max: Duration {
        count == 0 ? .zero : .microseconds(Int64(histogram.max))
    }
}
