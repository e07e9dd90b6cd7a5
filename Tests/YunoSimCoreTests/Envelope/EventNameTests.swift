import Testing
import YunoSimCore

@Suite struct EventNameTests {
    @Test func splitsTypeAtTheLastDot() throws {
        #expect(try EventName("payment.purchase").type == "payment")
        #expect(try EventName("banking.transfer.incoming.completed").type == "banking.transfer.incoming")
    }

    @Test(arguments: ["payment", "Payment.purchase", ".purchase", "payment.", "payment..purchase", "pay ment.x", "a\".b"])
    func rejectsMalformedNames(text: String) {
        #expect(throws: InputError.self) { try EventName(text) }
    }
}
