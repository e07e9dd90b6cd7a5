import Foundation
import Yams

/// `clock:`, `retry:` and `merchant:`.
extension ScenarioParser {
    static let clockKeys = ["speed", "start"]
    static let retryKeys = ["schedule"]
    static let merchantKeys = ["fail_below_retry", "status", "delay", "oauth2"]

    func readClock(_ node: Node, with reader: ScenarioNodeReader) -> (ClockMode, Date?) {
        guard let fields = reader.mapping(node, "clock", allowed: Self.clockKeys) else { return (.instant, nil) }
        var setting = ClockMode.instant
        if let node = fields["speed"], let value = reader.scalar(node, key: "speed"), value.text != "instant" {
            if let factor = reader.positiveNumber(node, key: "speed") {
                do {
                    setting = try ClockMode.speed(validating: factor)
                } catch {
                    reader.report("'speed': \(error.message)", at: node)
                }
            }
        }
        let start = fields["start"].flatMap { reader.timestamp($0, key: "start") }
        return (setting, start)
    }

    func readRetry(_ node: Node, with reader: ScenarioNodeReader) -> RetrySchedule {
        guard let fields = reader.mapping(node, "retry", allowed: Self.retryKeys),
              let node = fields["schedule"]
        else { return .yuno }
        if case .sequence = node {
            return readCustomSchedule(node, with: reader)
        }
        guard let name = reader.string(node, key: "schedule") else { return .yuno }
        switch name {
        case "yuno": return .yuno
        case "yuno-cumulative": return .yunoCumulative
        default:
            let hint = reader.hint(for: name, among: ["yuno", "yuno-cumulative"])
            let forms = "yuno, yuno-cumulative or a list of offsets like [0s, 1m, 10m]"
            reader.report("'schedule' must be \(forms), not '\(name)'\(hint)", at: node)
            return .yuno
        }
    }

    private func readCustomSchedule(_ node: Node, with reader: ScenarioNodeReader) -> RetrySchedule {
        let items = reader.sequence(node, key: "schedule") ?? []
        guard !items.isEmpty else {
            reader.report("'schedule' needs at least one offset, starting with 0s", at: node)
            return .yuno
        }
        var offsets: [Duration] = []
        for item in items {
            if reader.isEmptyValue(item) {
                reader.report("an offset in 'schedule' has no value; write one like 5m", at: item)
                continue
            }
            guard let offset = reader.duration(item, key: "schedule") else { continue }
            if offsets.isEmpty, offset != .zero {
                reader.report("the first offset in 'schedule' is the first try and must be 0s, not \(offset.notation)", at: item)
            } else if let previous = offsets.last, offset < previous {
                reader.report("offsets in 'schedule' must not decrease: \(offset.notation) comes after \(previous.notation)", at: item)
            }
            offsets.append(offset)
        }
        // Every reason `custom` could refuse the list has been reported above.
        return (try? RetrySchedule.custom(offsets)) ?? .yuno
    }

    /// `merchant:` may be empty (`merchant:` or `merchant: {}`): the defaults answer 200.
    func readMerchant(_ node: Node, with reader: ScenarioNodeReader) -> ScenarioMerchant {
        var merchant = ScenarioMerchant()
        if case .scalar(let scalar) = node, Resolver.default.resolveTag(of: node) == .null || scalar.string.isEmpty { return merchant }
        guard let fields = reader.mapping(node, "merchant", allowed: Self.merchantKeys) else { return merchant }
        if let node = fields["fail_below_retry"],
           let value = reader.integer(node, key: "fail_below_retry", in: 0...Int.max) {
            merchant.failBelowRetry = value
        }
        if let node = fields["status"], let value = reader.integer(node, key: "status", in: 100...599) {
            merchant.status = value
        }
        if let node = fields["delay"], let value = reader.duration(node, key: "delay") {
            merchant.delay = value
        }
        if let node = fields["oauth2"] {
            merchant.oauth2 = readMerchantOAuth2(node, with: reader)
        }
        return merchant
    }
}
