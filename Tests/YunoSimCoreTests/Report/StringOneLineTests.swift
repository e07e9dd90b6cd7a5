import Testing
import YunoSimCore

@Suite struct StringOneLineTests {
    @Test(arguments: [
        ("plain text, ünïcode ✓", "plain text, ünïcode ✓"),
        ("a\nb\r\tc", "a\\nb\\r\\tc"),
        ("\u{1b}[2Jx\u{85}", "\\u{1b}[2Jx\\u{85}"),
        ("name\u{202E}gpj.exe", "name\\u{202e}gpj.exe"),
        ("one\u{2028}two\u{2029}", "one\\u{2028}two\\u{2029}"),
    ])
    func escapesWhatWouldBreakTheLineOrReorderIt(text: String, expected: String) {
        #expect(text.oneLine == expected)
    }
}
