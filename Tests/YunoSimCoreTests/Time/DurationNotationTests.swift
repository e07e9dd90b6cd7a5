import Testing
import YunoSimCore

@Suite struct DurationNotationTests {
    @Test(arguments: [
        ("250ms", Duration.milliseconds(250)),
        ("7s", .seconds(7)),
        ("5m", .seconds(300)),
        ("6h", .seconds(21_600)),
        ("2d", .seconds(172_800)),
        ("1.5s", .milliseconds(1_500)),
        ("1h30m", .seconds(5_400)),
        ("0s", .zero),
    ])
    func parses(text: String, expected: Duration) throws {
        #expect(try Duration(notation: text) == expected)
    }

    @Test(arguments: ["", "7", "7x", "s", "five minutes", "-5s", "1..5s"])
    func rejectsWithAHint(text: String) {
        #expect {
            try Duration(notation: text)
        } throws: { error in
            "\(error)".contains("250ms, 7s, 5m, 6h or 2d") || "\(error)".contains("duration")
        }
    }

    @Test(arguments: [
        (Duration.zero, "0s"), (.milliseconds(250), "250ms"), (.seconds(300), "5m"),
        (.seconds(21_600), "6h"), (.seconds(345_600), "4d"), (.seconds(5_400), "1h30m"),
    ])
    func formatsShortest(duration: Duration, expected: String) {
        #expect(duration.notation == expected)
    }

    @Test func aNegativeDurationIsCalledNegative() {
        #expect(throws: InputError("'-5s' is negative; durations count forward from zero: write a duration like 250ms, 7s, 5m, 6h or 2d")) {
            try Duration(notation: "-5s")
        }
        // Not a duration after the sign either: the ordinary message.
        #expect(throws: InputError("'-x' is not a duration; write a duration like 250ms, 7s, 5m, 6h or 2d")) {
            try Duration(notation: "-x")
        }
    }

    @Test func aDurationTooLongSaysTheLimit() {
        #expect(throws: InputError("'11575d' is too long a duration; durations go up to 11574d1h46m40s")) {
            try Duration(notation: "11575d")
        }
    }
}
