/// `data` of split transfers and their reversals: the transfer, with a `transactions` array.
enum SplitTransferBody {
    /// The transfer id the envelope repeats as `transfer_id`.
    static func transferID(_ b: BodyBuilder) -> BodyTemplate { b.text(.text("TRF_"), .digits(.reference, count: 14)) }

    static func data(reverse: Bool, status: String, _ b: BodyBuilder) -> BodyTemplate {
        let succeeded = status == "SUCCEEDED"
        return [
            "id": reverse ? b.text(.text("TRF_REV_"), .digits(.resource, count: 14)) : transferID(b),
            "recipient_id": b.uuid(.recipient),
            "amount": ["currency": PayerLocale.currency(b), "value": b.amount(.amount)],
            "status": .string(status),
            "description": reverse ? "Reversal of marketplace earnings" : "Marketplace earnings",
            "merchant_reference": b.text(.text(reverse ? "REVERSE-" : "TRANSFER-"), .digits(.order, count: 8)),
            "metadata": [],
            "provider": "yuno_test_gateway",
            "transactions": [[
                "code": b.uuid(.transaction(0)),
                "type": reverse ? "SPLIT_TRANSFER_REVERSE" : "SPLIT_TRANSFER",
                "status": .string(status),
                "provider_transfer_id": b.text(.text("tr_"), .digits(.providerTransaction(0), count: 20)),
                "created_at": b.time(2, jitter: .jitter(1)),
                "updated_at": b.time(1, jitter: .jitter(2)),
            ]],
            "created_at": b.time(3, jitter: .jitter(0)),
            "updated_at": b.time(0),
            "completed_at": succeeded ? b.time(0) : nil,
        ]
    }
}
