import Testing
import YunoSimCore

@Suite struct DeliveryErrorTests {
    /// The names journals and reports carry: scripts read them, so they never change.
    @Test func theShortNamesAreTheJournalsNames() {
        #expect(DeliveryError.Kind.allCases.map(\.rawValue) == [
            "dns", "connect", "timeout", "tls", "send", "receive", "http_status", "redirect", "oauth2_token",
        ])
    }

    @Test(arguments: DeliveryError.Kind.allCases)
    func everyKindRoundTripsThroughItsShortName(kind: DeliveryError.Kind) throws {
        let error = try #require(DeliveryError(shortName: kind.rawValue, status: 503, detail: "why"))
        #expect(error.kind == kind)
        #expect(error.shortName == kind.rawValue)
        // HTTP kinds say their status; the others keep the detail as written.
        #expect(error.detail.hasPrefix("HTTP 503") == kind.isAnswer)
        #expect((error.detail == "why") == !kind.isAnswer)
        #expect(DeliveryError(shortName: error.shortName, status: 503, detail: error.detail) == error)
    }

    @Test func eachFactoryMakesItsKind() {
        let made: [(DeliveryError, DeliveryError.Kind)] = [
            (.dns("d"), .dns), (.connect("c"), .connect), (.timeout("t"), .timeout), (.tls("t"), .tls),
            (.send("s"), .send), (.receive("r"), .receive), (.httpStatus(500), .httpStatus),
            (.redirect(302), .redirect), (.oauth2Token("o"), .oauth2Token),
        ]
        #expect(made.map(\.0.kind) == made.map(\.1))
        #expect(Set(made.map(\.1)) == Set(DeliveryError.Kind.allCases))
        #expect(DeliveryError.httpStatus(500).description == "http_status: HTTP 500")
        #expect(DeliveryError.redirect(302).description == "redirect: HTTP 302 redirect (not followed)")
    }

    @Test func onlyHTTPKindsAreAnswers() {
        #expect(DeliveryError.Kind.allCases.filter(\.isAnswer) == [.httpStatus, .redirect])
    }

    @Test func anUnknownShortNameReadsAsNothing() {
        #expect(DeliveryError(shortName: "teapot", status: nil) == nil)
        #expect(DeliveryError(shortName: "HTTP_STATUS", status: 500) == nil)
    }
}
