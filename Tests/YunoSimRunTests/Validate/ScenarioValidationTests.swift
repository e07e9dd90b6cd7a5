import Testing
import YunoSimRun

/// `validate` in-process: one line per valid file, every problem of the others.
@Suite struct ScenarioValidationTests {
    @Test func validAndInvalidFilesAreEachReported() throws {
        let valid = try ScenarioFile("""
            version: 1
            name: drill
            merchant: {}
            events:
              - {id: p, event: payment.purchase, repeat: {count: 3}}
              - {id: r, event: payment.refund}
            expect:
              - {event: p, attempt: 1}
            """)
        let invalid = try ScenarioFile("version: 1\nmerchant: {}\nevents:\n  - {id: bad, event: payment.purchse}\n")
        let output = CapturedOutput()
        let errors = CapturedOutput()
        let outcome = ScenarioValidation(scenarios: [valid.path, invalid.path]).run(output: output.output, errors: errors.output)
        #expect(outcome == .invalidInput)
        #expect(output.text == "ok  \(valid.path)  (drill, 4 events from 2 entries, 1 expectation)\n")
        #expect(errors.text.hasPrefix("\(invalid.path):4:"))
        #expect(errors.text.contains("did you mean 'payment.purchase'?"))
    }
}
