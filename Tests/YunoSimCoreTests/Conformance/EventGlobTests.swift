import Testing
import YunoSimCore

@Suite struct EventGlobTests {
    @Test(arguments: [
        ("payment.*", "payment.purchase", true),
        ("payment.*", "payments.purchase", false),
        ("*.created", "banking.entity.created", true),
        ("subscription.pause?", "subscription.paused", true),
        ("subscription.pause?", "subscription.pause", false),
        ("payment.purchase", "payment.purchase", true),
        ("*", "report.update", true),
        ("p*t.*e", "payout.payout", false),
        ("p*t.*t", "payout.payout", true),
    ])
    func matches(pattern: String, name: String, expected: Bool) throws {
        #expect(try EventGlob(pattern).matches(name) == expected)
    }

    @Test func selectsInCatalogueOrderAndRefusesAnEmptySelection() throws {
        let payments = try EventGlob("payment.*").select(from: .yuno).map(\.name.typeEvent)
        #expect(payments.first == "payment.purchase")
        #expect(payments.count == 9)
        #expect(throws: InputError.self) { try EventGlob("paymnet.*").select(from: .yuno) }
        #expect(throws: InputError.self) { try EventGlob("") }
    }
}
