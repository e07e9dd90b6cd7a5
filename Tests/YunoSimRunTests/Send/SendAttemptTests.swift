import Testing
@testable import YunoSimRun

/// The retry `send` reports is the one in the body, whatever put it there.
@Suite struct SendAttemptTests {
    @Test(arguments: [
        (#"{"retry":3,"type_event":"x"}"#, 3),
        (#"{"type_event":"x"}"#, nil),
        (#"{"retry":"3"}"#, nil),
        (#"{"retry":2.5}"#, nil),
        ("[1,2]", nil),
        ("not json", nil),
    ] as [(String, Int?)])
    func theBodysRetryField(body: String, retry: Int?) {
        #expect(SendAttempt.retryField(of: Array(body.utf8)) == retry)
    }
}
