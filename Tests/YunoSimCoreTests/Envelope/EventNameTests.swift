import Foundation
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

    @Test func minimalEnvelopeKeepsYunosKeyOrderAndRetry() throws {
        let envelope = MinimalEnvelope(event: try EventName("payment.purchase"))
        let text = String(decoding: envelope.render(retry: 4), as: UTF8.self)
        let keys = ["\"type\"", "\"type_event\"", "\"account_id\"", "\"retry\"", "\"version\"", "\"data\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["retry"] as? Int == 4)
        #expect(object["version"] as? Int == 2)
        #expect(object["type_event"] as? String == "payment.purchase")
    }
}
