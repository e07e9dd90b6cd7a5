import Testing
import YunoSimCore

/// Every kind of bad input with the exact `FILE:LINE:COLUMN:` lines it must give, as one table;
/// the few cases that check more than the lines follow it.
@Suite struct ScenarioDiagnosticsTests {
    /// A scenario text, read as `file`, and the problems it must be reported with, in order.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var text: String
        var problems: [String]

        init(_ name: String, file: String = "drill.yaml", _ text: String, _ problems: [String]) {
            self.name = name
            self.file = file
            self.text = text
            self.problems = problems
        }

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case("unknown key with suggestion", """
                version: 1
                merchant: {}
                events: [{event: payment.purchase}]
                evnts: []
                """,
             ["drill.yaml:4:1: unknown key 'evnts' in scenario; did you mean 'events'?"]),
        Case("unknown nested key", "version: 1\nmerchant: {fail_below_retyr: 3}\nevents: [{event: payment.purchase}]\n",
             ["drill.yaml:2:12: unknown key 'fail_below_retyr' in merchant; did you mean 'fail_below_retry'?"]),
        Case("unknown event with suggestion", """
                version: 1
                merchant: {}
                events:
                  - id: p1
                    event: payment.purchse
                """,
             ["drill.yaml:5:12: unknown event 'payment.purchse'; did you mean 'payment.purchase'? ('yuno-sim events list' shows them all)"]),
        Case("bad duration", "version: 1\nmerchant: {}\nevents:\n  - event: payment.purchase\n    at: 5x\n",
             ["drill.yaml:5:9: 'at': '5x' has an unknown unit 'x'; write a duration like 250ms, 7s, 5m, 6h or 2d"]),
        Case("negative at", "version: 1\nmerchant: {}\nevents:\n  - event: payment.purchase\n    at: -5s\n",
             ["drill.yaml:5:9: 'at' must not be negative, not '-5s'"]),
        Case("bad URL", "version: 1\nendpoint:\n  url: ftp://example.com/hook\nevents: [{event: payment.purchase}]\n",
             ["drill.yaml:3:8: 'url': 'ftp://example.com/hook' is not an http:// or https:// URL"]),
        Case("repeat without count", "version: 1\nmerchant: {}\nevents:\n  - event: payment.purchase\n    repeat: {every: 1s}\n",
             ["drill.yaml:5:13: missing key 'count' in repeat; write repeat: {count: 100, every: 1s}"]),
        Case("expectation naming no event", """
                version: 1
                merchant: {}
                events:
                  - id: purchase-1
                    event: payment.purchase
                expect:
                  - event: purchase-2
                  - delivered: true
                """,
             ["drill.yaml:7:12: expectation names event 'purchase-2', but no event has that id; did you mean 'purchase-1'?",
                "drill.yaml:8:5: missing key 'event' in expectation; name an event by its id"]),
        Case("unset variable names it and defaults fall back", """
                version: 1
                endpoint:
                  url: ${YUNO_TEST_URL:-http://127.0.0.1:9/x}
                  api_key: ${YUNO_TEST_UNSET}
                  secret: ${YUNO_TEST_EMPTY:-fallback}
                events: [{event: payment.purchase}]
                """,
             ["drill.yaml:4:12: environment variable YUNO_TEST_UNSET is not set; export it or write ${YUNO_TEST_UNSET:-default}"]),
        Case("YAML syntax error", "version: 1\nname: a: b\nevents: []\n",
             ["drill.yaml:2:8: invalid YAML: mapping values are not allowed in this context"]),
        Case("duplicate YAML key", "version: 1\nmerchant: {}\nevents: [{event: payment.purchase}]\nversion: 1\n",
             ["drill.yaml:1:1: duplicate key 'version' in one mapping; write each key once"]),
        Case("string where a number is expected", "version: 1\nmerchant: {status: fine}\nevents:\n  - event: payment.purchase\n    repeat: {count: many}\n",
             ["drill.yaml:2:20: 'status' must be a whole number, not 'fine'",
                "drill.yaml:5:21: 'count' must be a whole number, not 'many'"]),
        Case("list where a value is expected", "version: 1\nname: [a]\nmerchant: {}\nevents: {event: payment.purchase}\n",
             ["drill.yaml:2:7: 'name' must be a single value, not a list",
                "drill.yaml:4:9: 'events' must be a list, not a mapping"]),
        Case("duplicate event ids", """
                version: 1
                merchant: {}
                events:
                  - {id: a, event: payment.purchase}
                  - {id: a, event: payment.refund}
                """,
             ["drill.yaml:5:10: duplicate event id 'a'; it is already used on line 4"]),
        Case("bad accept", "version: 1\nendpoint: {url: 'http://h/x', accept: '201'}\nevents: [{event: payment.purchase}]\n",
             ["drill.yaml:2:39: 'accept' must be \"200\" or \"2xx\", not '201'"]),
        Case("attempt and within outside the schedule", """
                version: 1
                merchant: {}
                retry: {schedule: [0s, 1m, 10m]}
                events: [{id: a, event: payment.purchase}]
                expect:
                  - {event: a, attempt: 4}
                  - {event: a, within: 0}
                """,
             ["drill.yaml:6:25: 'attempt' must be from 1 to 3, not 4",
                "drill.yaml:7:24: 'within' must be from 1 to 3, not 0"]),
        Case("contradictory expectation", "version: 1\nmerchant: {}\nevents: [{id: a, event: payment.purchase}]\nexpect: [{event: a, delivered: false, attempt: 2, within: 3}]\n",
             ["drill.yaml:4:32: 'attempt' and 'within' need delivered: true; an undelivered event has no delivering attempt",
                "drill.yaml:4:59: write either 'attempt' (exactly) or 'within' (at most), not both"]),
        Case("bad custom schedule and clock", "version: 1\nmerchant: {}\nclock: {speed: fast, start: yesterday}\nretry: {schedule: [1m, 0s]}\nevents: [{event: payment.purchase}]\n",
             ["drill.yaml:3:16: 'speed' must be a positive number, not 'fast'",
                "drill.yaml:3:29: 'start': 'yesterday' is not an ISO-8601 instant; write it like 2026-03-01T12:00:00Z",
                "drill.yaml:4:20: the first offset in 'schedule' is the first try and must be 0s, not 1m",
                "drill.yaml:4:24: offsets in 'schedule' must not decrease: 0s comes after 1m"]),
        Case("a set path into a list needs an item that exists", """
                version: 1
                merchant: {}
                events:
                  - event: payment.fraud_screening
                    set: {data.payment.transactions.0.status: DECLINED}
                  - event: payment.purchase
                    set: {data.payment.transactions_history.0.status: PENDING}
                  - event: payment.purchase
                    set: {data.payment.transactions_history.id: x}
                """,
             ["drill.yaml:5:10: 'set': 'data.payment.transactions.0.status': there is no 0 in data.payment.transactions: it is an empty list",
                "drill.yaml:9:10: 'set': 'data.payment.transactions_history.id': there is no id in data.payment.transactions_history: it is a list; index it from 0 to 0"]),
        Case("unknown schedule and bad set path", "version: 1\nmerchant: {}\nretry: {schedule: yuna}\nevents:\n  - event: payment.purchase\n    set: {data..x: 1}\n",
             ["drill.yaml:3:19: 'schedule' must be yuno, yuno-cumulative or a list of offsets like [0s, 1m, 10m], not 'yuna'; did you mean 'yuno'?",
                "drill.yaml:6:11: a path in 'set' must be dotted names like data.payment.amount.value"]),
        Case("a required key left empty is a problem not an absent event", """
                version: ~
                merchant: {}
                retry: {schedule: [0s, ~, 2m]}
                events:
                  - id: e
                    event: ${YUNO_TEST_EMPTY}
                  - {event: payment.purchase, repeat: {count: ~}}
                expect: [{event: ~, delivered: true}]
                """,
             ["drill.yaml:1:10: 'version' in scenario has no value",
                "drill.yaml:3:24: an offset in 'schedule' has no value; write one like 5m",
                "drill.yaml:6:12: 'event' in event has no value",
                "drill.yaml:7:47: 'count' in repeat has no value; write repeat: {count: 100, every: 1s}",
                "drill.yaml:8:18: 'event' in expectation has no value; name an event by its id"]),
        Case("a value with line breaks is quoted on one line", "version: 1\nmerchant: {}\nevents:\n  - event: payment.purchase\n    at: \"5\\nx\"\n",
             ["drill.yaml:5:9: 'at': '5\\nx' has no unit; write a duration like 250ms, 7s, 5m, 6h or 2d"]),
        Case("a port out of range is a problem", "version: 1\nendpoint: {url: \"http://127.0.0.1:99999/h\"}\nevents: [{event: payment.purchase}]\n",
             ["drill.yaml:2:17: 'url': 'http://127.0.0.1:99999/h' has port 99999; a port is from 1 to 65535"]),
        Case("retry cannot be pinned by set", "version: 1\nmerchant: {}\nevents:\n  - event: payment.purchase\n    set: {retry: 5, data.description: x, retry.x: 1}\n",
             ["drill.yaml:5:11: 'retry' is set for each attempt (0 on the first try, then 1, 2, …); remove it from 'set'",
                "drill.yaml:5:42: 'retry' is set for each attempt (0 on the first try, then 1, 2, …); remove it from 'set'"]),
        Case("JSON problems point into the JSON", file: "drill.json", """
                {
                  "version": 1,
                  "merchant": {},
                  "events": [{"event": "payment.purchase", "at": "10 minutes"}]
                }
                """,
             ["drill.json:4:50: 'at': '10 minutes' has no unit; write a duration like 250ms, 7s, 5m, 6h or 2d"]),
        Case("missing required keys", "name: nothing\n",
             ["drill.yaml:1:1: missing key 'version' in scenario",
              "drill.yaml:1:1: missing key 'endpoint' in scenario (needed unless 'merchant:' runs the built-in merchant)",
              "drill.yaml:1:1: missing key 'events' in scenario"]),
        Case("missing url in endpoint", "version: 1\nendpoint: {api_key: k}\nevents: [{event: payment.purchase}]\n",
             ["drill.yaml:2:11: missing key 'url' in endpoint (needed unless 'merchant:' runs the built-in merchant)"]),
        Case("empty file", "", ["drill.yaml:1:1: the scenario is empty; it needs at least 'version' and 'events'"]),
        Case("empty events", "version: 1\nmerchant:\nevents: []\n",
             ["drill.yaml:3:9: 'events' is empty; a scenario sends at least one event"]),
        Case("unsupported version", "version: 2\nmerchant:\nevents: [{event: payment.purchase}]\n",
             ["drill.yaml:1:10: unsupported version 2; this simulator reads version 1"]),
    ]

    @Test(arguments: cases)
    func badInputIsReportedWhereItStands(_ bad: Case) {
        #expect(ScenarioTestSupport.problems(bad.text, file: bad.file) == bad.problems)
    }

    private func problems(_ text: String, file: String = "drill.yaml") -> [String] {
        ScenarioTestSupport.problems(text, file: file)
    }

    @Test func malformedEventName() {
        let text = "version: 1\nmerchant: {}\nevents:\n  - event: Payment\n"
        #expect(problems(text).first?.hasPrefix("drill.yaml:4:12: 'Payment' is not an event name") == true)
    }

    @Test(arguments: ["0x10", "nan", "-inf", "1_000"])
    func aSpeedIsADecimalNumber(speed: String) {
        let text = "version: 1\nmerchant: {}\nclock: {speed: \(speed)}\nevents: [{event: payment.purchase}]\n"
        #expect(problems(text) == ["drill.yaml:3:16: 'speed' must be a positive number, not '\(speed)'"])
    }

    @Test func yamlNestedTooDeeplyIsSaidInTheAuthorsTerms() {
        let text = "version: 1\nevents: " + String(repeating: "[", count: 5_000) + "\n"
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.contains("invalid YAML: nested too deeply") == true)
        #expect(found.first?.contains("yaml_set_max_nest_level") == false)
    }

    @Test func secretsAreNeverQuoted() {
        let text = """
            version: 1
            endpoint:
              url: http://127.0.0.1:9/x
              api_key: {value: hunter2-key}
              hmac_secret: [hunter2-hmac]
              secret: ${YUNO_TEST_SECRET}
            events: [{event: payment.purchase}]
            """
        let lines = problems(text)
        #expect(lines == [
            "drill.yaml:4:12: 'api_key' must be a single value, not a mapping",
            "drill.yaml:5:16: 'hmac_secret' must be a single value, not a list",
        ])
        #expect(!lines.joined().contains("hunter2") && !lines.joined().contains("s3cr3t"))
    }

    @Test func reportsEveryProblemTogetherInFileOrder() {
        let text = """
            version: 3
            merchant: {}
            events:
              - event: payment.purchse
                at: soon
              - event: payment.refund
                colour: red
            expect:
              - event: nobody
            """
        let lines = problems(text)
        #expect(lines.count == 5)
        #expect(lines.map { $0.split(separator: ":").prefix(3).joined(separator: ":") } == [
            "drill.yaml:1:10", "drill.yaml:4:12", "drill.yaml:5:9", "drill.yaml:7:5", "drill.yaml:9:12",
        ])
    }
}
