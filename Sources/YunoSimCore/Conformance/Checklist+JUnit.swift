/// `yuno-sim check --junit FILE`: one `<testcase>` per checklist line, in the common JUnit
/// schema that GitHub Actions, GitLab and Jenkins render.
extension Checklist {
    /// FAIL lines carry a `<failure>`, SKIP lines `<skipped>`, WARN lines pass with the warning
    /// in `<system-out>`.
    public func junit() -> String {
        let failures = count(.fail), skipped = count(.skip)
        let time = Self.seconds(elapsed)
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="yuno-sim check" tests="\#(results.count)" failures="\#(failures)" errors="0" skipped="\#(skipped)" time="\#(time)">"# + "\n"
        xml += #"  <testsuite name="\#(MarkupText.escape("check " + url))" tests="\#(results.count)" failures="\#(failures)" errors="0" skipped="\#(skipped)" time="\#(time)">"# + "\n"
        for result in results {
            let outcome = result.outcome
            let name = MarkupText.escape("\(result.id): \(result.title)")
            xml += #"    <testcase classname="yuno-sim.check" name="\#(name)" time="\#(Self.seconds(result.elapsed))">"# + "\n"
            let message = MarkupText.escape(outcome.sentence)
            let body = MarkupText.escape(([outcome.sentence] + outcome.details).joined(separator: "\n"))
            switch outcome.verdict {
            case .fail: xml += #"      <failure message="\#(message)" type="FAIL">\#(body)</failure>"# + "\n"
            case .skip: xml += #"      <skipped message="\#(message)"/>"# + "\n"
            case .warn: xml += "      <system-out>WARN: \(body)</system-out>\n"
            case .pass: xml += "      <system-out>\(body)</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private static func seconds(_ duration: Duration) -> String {
        String(Thousandths(duration.seconds).value)
    }
}
