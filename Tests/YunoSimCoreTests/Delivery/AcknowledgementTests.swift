import Testing
import YunoSimCore

@Suite struct AcknowledgementTests {
    private func response(_ status: Int?) -> TransportResponse {
        TransportResponse(status: status, latency: .milliseconds(3))
    }

    @Test func onlyTwoHundredIsReceivedByDefault() {
        #expect(Acknowledgement.only200.judge(response(200)) == nil)
        #expect(Acknowledgement.only200.judge(response(201))?.shortName == "http_status")
        #expect(Acknowledgement.only200.judge(response(204))?.shortName == "http_status")
        #expect(Acknowledgement.only200.judge(response(500))?.shortName == "http_status")
    }

    @Test func any2xxAcceptsTheOtherSuccessCodes() {
        #expect(Acknowledgement.any2xx.judge(response(201)) == nil)
        #expect(Acknowledgement.any2xx.judge(response(299)) == nil)
        #expect(Acknowledgement.any2xx.judge(response(300))?.shortName == "redirect")
    }

    @Test func redirectsAreTheirOwnKind() {
        #expect(Acknowledgement.only200.judge(response(302))?.shortName == "redirect")
        #expect(Acknowledgement.only200.judge(response(301))?.shortName == "redirect")
    }

    @Test func transportErrorsWinAndAMissingStatusIsAReceiveError() {
        let failed = TransportResponse(status: nil, latency: .zero, error: .timeout("too slow"))
        #expect(Acknowledgement.only200.judge(failed)?.shortName == "timeout")
        #expect(Acknowledgement.only200.judge(response(nil))?.shortName == "receive")
    }
}
