/// `data.payment.fraud_screening` (CONTRACT §6): null unless screening declined the payment.
enum FraudScreeningBody {
    static func object(_ screening: PaymentProfile.FraudScreening, _ b: BodyBuilder) -> BodyTemplate {
        guard case .declined(let routed) = screening else { return nil }
        let transactionID = b.uuid(.transaction(50))
        return [
            "status": "DECLINED",
            // Screening on its own stops the payment; when routing continues it was one step of many.
            "stand_alone": .bool(!routed),
            "transactions": [[
                "id": transactionID,
                "type": "PRE_AUTH",
                "status": "DECLINED",
                "response_code": "FRAUD_VERIFICATION_DECLINED",
                "response_message": "Declined by fraud screening",
                "provider_data": [
                    "provider_id": b.pick(.provider, ["SIGNIFYD", "RISKIFIED", "CYBERSOURCE", "KOUNT"]),
                    "transaction_id": b.text(.text("FS-"), .uuid(.providerTransaction(50))),
                    "status": "DECLINED",
                    "score": b.integer(.providerTransaction(51), 80...99),
                    "raw_response": ["decision": "REJECT", "reason": "High risk score"],
                ],
                "created_at": b.time(3, jitter: .jitter(50)),
                "updated_at": b.time(2, jitter: .jitter(51)),
            ]],
            "created_at": b.time(3, jitter: .jitter(50)),
            "updated_at": b.time(2, jitter: .jitter(51)),
        ]
    }
}
