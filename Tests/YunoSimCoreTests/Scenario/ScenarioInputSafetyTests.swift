import Testing
import YunoSimCore

/// Scenario input that is hostile or careless: credentials where they do not belong, values
/// that would break a header line or a log line, and sizes that would exhaust memory or time.
/// Each problem is one `FILE:LINE:COLUMN:` line that never shows a secret.
@Suite struct ScenarioInputSafetyTests {
    private func problems(_ text: String, file: String = "drill.yaml") -> [String] {
        ScenarioTestSupport.problems(text, file: file)
    }

    @Test func aSecretQuotedWhereItIsMisusedIsMasked() {
        let text = """
            version: 1
            endpoint:
              url: ftp://127.0.0.1:9/x?key=hunter2-key
              api_key: hunter2-key
              secret: ${YUNO_TEST_SECRET}
            events: [{id: s3cr3t-from-env, event: payment.purchase, at: hunter2-key}]
            """
        #expect(problems(text) == [
            "drill.yaml:3:8: 'url': 'ftp://127.0.0.1:9/x?key=***' is not an http:// or https:// URL",
            "drill.yaml:6:15: this event id holds the value of a credential; ids go unmasked into journals and reports, so rename it",
            "drill.yaml:6:61: 'at': '***' is not a duration; write a duration like 250ms, 7s, 5m, 6h or 2d",
        ])
    }

    @Test func headerCredentialsWithALineBreakAreRefusedUnquoted() {
        let text = """
            version: 1
            endpoint:
              url: http://127.0.0.1:9/x
              api_key: "hunter2\\r\\nx-evil: 1"
              secret: "hunter2\\u0000"
              hmac_secret: "hunter2\\nstays: a key, never a header"
              oauth2: {authentication_url: "http://127.0.0.1:9/t", client_id: "id\\nx-evil: 2", client_secret: s}
            events: [{event: payment.purchase}]
            """
        let lines = problems(text)
        #expect(lines == [
            "drill.yaml:4:12: 'api_key' contains a line break, which would end the header line and start another",
            "drill.yaml:5:11: 'secret' contains a control character, which a header value cannot hold",
            "drill.yaml:7:67: 'client_id' contains a line break, which would end the header line and start another",
        ])
        #expect(!lines.joined().contains("hunter2") && !lines.joined().contains("evil"))
    }

    @Test func aURLWithAPasswordIsRefusedWithoutShowingIt() {
        let text = "version: 1\nendpoint: {url: \"http://user:hunter2@127.0.0.1:9/x\"}\nevents: [{event: payment.purchase}]\n"
        let lines = problems(text)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("drill.yaml:2:17: 'url': the URL has a user name or password before its host") == true)
        #expect(!lines.joined().contains("hunter2"))
    }

    @Test func anEventIdHoldingACredentialIsRefusedUnquoted() {
        let text = "version: 1\nendpoint: {url: \"http://127.0.0.1:9/h\", api_key: key-in-the-id}\nevents: [{id: my-key-in-the-id, event: payment.purchase}]\n"
        #expect(problems(text) == [
            "drill.yaml:3:15: this event id holds the value of a credential; ids go unmasked into journals and reports, so rename it",
        ])
    }

    @Test func namesAndIdsHoldNoControlCharacters() {
        let text = "version: 1\nname: \"two\\nlines\"\nmerchant: {}\nevents: [{id: \"\\e[31mred\", event: payment.purchase}]\n"
        #expect(problems(text) == [
            "drill.yaml:2:7: 'name' cannot hold control characters such as line breaks or escapes",
            "drill.yaml:4:15: 'id' cannot hold control characters such as line breaks or escapes",
        ])
    }

    @Test func nestedAliasesCannotBlowASetValueUp() {
        let levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"] + (1...8).map { level in
            let name = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(level)))
            let previous = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(level - 1)))
            return "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]"
        }
        let text = "version: 1\nmerchant: {}\nevents:\n  - event: payment.purchase\n    set:\n"
            + levels.map { "      data.\($0)" }.joined(separator: "\n") + "\n"
        // Up to 10^9 values if expanded; each of d to i is refused after its first 10,000.
        let problems = problems(text)
        #expect(problems.count == 6)
        #expect(problems.first == "drill.yaml:9:15: the value of 'data.d' holds more than 10000 values (counting what YAML aliases repeat)")
    }

    @Test func aScenarioHoldsAtMostTenMillionInstances() {
        let events = (1...11).map { "  - {id: e\($0), event: payment.purchase, repeat: {count: 1000000}}" }.joined(separator: "\n")
        let text = "version: 1\nmerchant: {}\nevents:\n\(events)\n"
        #expect(problems(text) == [
            "drill.yaml:4:3: the events add up to 11000000 deliveries; a scenario holds at most 10000000 (split it into several files)",
        ])
    }

    @Test func aScenarioSpansAtMostElevenThousandDays() {
        let text = "version: 1\nmerchant: {}\nevents:\n  - {id: far, event: payment.purchase, at: 11000d, repeat: {count: 2, every: 1000d}}\n"
        #expect(problems(text) == [
            "drill.yaml:4:3: event 'far': its last attempt would come 12004d after the start; a scenario spans at most 11574d1h46m40s",
        ])
    }

    @Test func clockSpeedStaysWhereTheArithmeticHolds() {
        let fast = "version: 1\nmerchant: {}\nclock: {speed: 1e30}\nevents: [{event: payment.purchase}]\n"
        #expect(problems(fast) == [
            "drill.yaml:3:16: 'speed': clock speed must be from 0.001 to 1000000 virtual seconds per real second, not 1e+30; use instant to run as fast as the merchant answers",
        ])
        let slow = "version: 1\nmerchant: {}\nclock: {speed: 1e-9}\nevents: [{event: payment.purchase}]\n"
        #expect(problems(slow).count == 1)
        let top = "version: 1\nmerchant: {}\nclock: {speed: 1000000}\nevents: [{event: payment.purchase}]\n"
        #expect(problems(top) == [])
    }

    @Test func onlyTheFirstTwentyUnknownIdsGetASuggestion() {
        let events = (1...25).map { "  - {id: event-\($0), event: payment.purchase}" }.joined(separator: "\n")
        let expectations = (1...25).map { "  - {event: evnet-\($0), delivered: true}" }.joined(separator: "\n")
        let lines = problems("version: 1\nmerchant: {}\nevents:\n\(events)\nexpect:\n\(expectations)\n")
        #expect(lines.count == 25)
        #expect(lines.prefix(20).allSatisfy { $0.contains("did you mean") })
        #expect(lines.suffix(5).allSatisfy { !$0.contains("did you mean") })
    }

    /// The budget is the file's, whatever is misspelt: event names as much as expectation ids.
    @Test func suggestionsStopAfterTwentyWhateverIsMisspelt() {
        let names = (1...30).map { _ in "  - {event: payment.purchace}" }.joined(separator: "\n")
        let lines = problems("version: 1\nmerchant: {}\nevents:\n\(names)\nexpect:\n  - {event: nosuch, delivered: true}\n")
        #expect(lines.count == 31)
        #expect(lines.prefix(20).allSatisfy { $0.hasSuffix("did you mean 'payment.purchase'? ('yuno-sim events list' shows them all)") })
        #expect(lines.dropFirst(20).allSatisfy { !$0.contains("did you mean") })
        #expect(lines.dropFirst(20).first?.hasSuffix("unknown event 'payment.purchace' ('yuno-sim events list' shows them all)") == true)
    }
}
