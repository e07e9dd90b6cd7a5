import Foundation

/// An inline SVG timeline: the schedule's offsets as ticks on a virtual-time axis (log scale,
/// so 5 minutes and 4 days both read), and each attempt as a dot at its actual offset,
/// coloured by outcome. No external reference: not even an `xmlns`, which inline SVG in HTML
/// does not need.
struct TimelineSVG {
    /// One dot.
    struct Mark {
        let offset: Duration
        let outcome: Outcome
        let title: String
    }

    enum Outcome: String {
        case delivered, http, timeout, other

        init(_ summary: AttemptSummary) {
            switch summary.errorKind {
            case nil: self = .delivered
            case .httpStatus, .redirect: self = .http
            case .timeout: self = .timeout
            case .dns, .connect, .tls, .send, .receive, .oauth2Token: self = .other
            }
        }
    }

    private let width = 720.0
    private let height = 64.0
    private let margin = 28.0
    private let schedule: [Duration]
    private let span: Duration

    init(schedule: [Duration], marks: [Mark]) {
        self.schedule = schedule
        let latest = max(schedule.last ?? .zero, marks.map(\.offset).max() ?? .zero)
        span = max(latest, .seconds(60))
    }

    private func x(_ offset: Duration) -> Double {
        let position = log1p(max(offset.seconds, 0) / 60) / log1p(span.seconds / 60)
        return margin + (width - 2 * margin) * position
    }

    func render(_ marks: [Mark], text: MarkupText) -> String {
        let axis = height - 22
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        svg += "<line class=\"axis\" x1=\"\(margin)\" y1=\"\(axis)\" x2=\"\(width - margin)\" y2=\"\(axis)\"/>"
        for (index, offset) in schedule.enumerated() {
            let position = String(format: "%.1f", x(offset))
            svg += "<line class=\"tick\" x1=\"\(position)\" y1=\"\(axis - 14)\" x2=\"\(position)\" y2=\"\(axis + 4)\">"
            svg += "<title>attempt \(index + 1) due at +\(offset.offsetNotation)</title></line>"
            svg += "<text x=\"\(position)\" y=\"\(axis + 16)\">+\(offset.offsetNotation)</text>"
        }
        for mark in marks {
            svg += "<circle class=\"\(mark.outcome.rawValue)\" cx=\"\(String(format: "%.1f", x(mark.offset)))\" cy=\"\(axis - 7)\" r=\"5\">"
            svg += "<title>\(text(mark.title))</title></circle>"
        }
        return svg + "</svg>"
    }
}

extension TimelineSVG.Mark {
    /// The dots of one instance's attempts.
    static func marks(of outcome: EventOutcome) -> [Self] {
        outcome.timeline.enumerated().map { index, attempt in
            Self(offset: attempt.virtualOffset, outcome: .init(attempt),
                 title: "\(outcome.instanceID) attempt \(index + 1) at +\(attempt.virtualOffset.offsetNotation): \(attempt)")
        }
    }
}
