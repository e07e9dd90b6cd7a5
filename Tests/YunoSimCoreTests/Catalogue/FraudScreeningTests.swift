import Testing
@testable import YunoSimCore

/// CONTRACT §6: a fraud decline that never reached a provider, and one that routing sent on.
@Suite struct FraudScreeningTests {
    @Test func fraudScreeningEventIsADeclineThatNeverReachedAProvider() throws {
        let value = try BodyInspection.render("payment.fraud_screening").value
        #expect(value["type_event"] == "payment.fraud_screening")
        let payment = try #require(value["data"]?["payment"])
        #expect(payment["status"] == "DECLINED")
        #expect(payment["sub_status"] == "FRAUD_DECLINED")
        #expect(payment["transactions"] == .array([]))
        #expect(payment["transactions_history"] == .array([]))
        try expectDeclinedScreening(payment["fraud_screening"])
        #expect(payment["fraud_screening"]?["stand_alone"] == true)
    }

    @Test func routedVariantIsAPurchaseWithScreeningAndARealTransaction() throws {
        let value = try BodyInspection.render("payment.purchase", variant: "routed").value
        #expect(value["type_event"] == "payment.purchase")
        let payment = try #require(value["data"]?["payment"])
        try expectDeclinedScreening(payment["fraud_screening"])
        #expect(payment["transactions"]?["type"] == "PURCHASE")
        #expect(payment["transactions"]?["status"] == "SUCCEEDED")
        guard case .array(let history)? = payment["transactions_history"] else { Issue.record("no history"); return }
        #expect(history.count == 1)
    }

    @Test func otherPurchasesHaveNoScreening() throws {
        let payment = try BodyInspection.render("payment.purchase").value["data"]?["payment"]
        #expect(payment?["fraud_screening"] == .null)
    }

    private func expectDeclinedScreening(_ screening: JSONValue?) throws {
        let screening = try #require(screening)
        #expect(screening["status"] == "DECLINED")
        guard case .bool? = screening["stand_alone"] else { Issue.record("stand_alone is not a boolean"); return }
        guard case .array(let transactions)? = screening["transactions"], let first = transactions.first else {
            Issue.record("fraud_screening.transactions is empty")
            return
        }
        #expect(first["type"] == "PRE_AUTH")
        #expect(first["status"] == "DECLINED")
        #expect(first["response_code"] == "FRAUD_VERIFICATION_DECLINED")
        let provider = try #require(first["provider_data"])
        for key in ["provider_id", "transaction_id", "status", "score", "raw_response"] {
            #expect(provider[key] != nil, "provider_data.\(key)")
        }
        #expect(screening["created_at"] != nil && screening["updated_at"] != nil)
    }
}
