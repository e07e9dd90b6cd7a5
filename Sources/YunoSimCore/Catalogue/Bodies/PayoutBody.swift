/// `data` of `payout.payout`: the payout itself, with a `transactions` array.
enum PayoutBody {
    static func data(status: String, _ b: BodyBuilder) -> BodyTemplate {
        let beneficiaryID = b.text(.text("beneficiary-"), .digits(.customer, count: 6))
        let amount: BodyTemplate = ["currency": PayerLocale.currency(b), "value": b.amount(.amount)]
        let succeeded = status == "SUCCEEDED"
        return [
            "id": b.uuid(.resource),
            "status": .string(status),
            "merchant_reference": b.text(.text("PAYOUT-"), .digits(.reference, count: 8)),
            "description": "Marketplace seller payout",
            "country": PayerLocale.country(b),
            "account_code": b.uuid(.account),
            "organization_code": b.uuid(.organization),
            "purpose": nil,
            "amount": amount,
            "beneficiary": [
                "merchant_beneficiary_id": beneficiaryID,
                "national_entity": "INDIVIDUAL",
                "first_name": PayerLocale.firstName(b),
                "last_name": PayerLocale.lastName(b),
                "legal_name": nil,
                "email": PayerLocale.email(b),
                "country": PayerLocale.country(b),
                "date_of_birth": nil,
                "document": PayerLocale.document(b),
                "phone": PayerLocale.phone(b),
                "address": PayerLocale.address(b),
            ],
            "transactions": [[
                "id": b.uuid(.transaction(0)),
                "status": .string(status),
                "type": "BANK_TRANSFER_PAYOUT",
                "response_code": succeeded ? "SUCCEEDED" : .string(status),
                "purpose": nil,
                "description": nil,
                "amount": amount,
                "withdrawal_method": [
                    "type": "BANK_TRANSFER_PAYOUT",
                    "provider_id": nil,
                    "detail": [
                        "bank_transfer": nil,
                        "wallet": ["code": b.digits(.providerTransaction(1), 12), "email": nil, "country": nil, "document": nil, "phone": nil],
                    ],
                ],
                "provider_data": [
                    "id": "YUNO_TEST_PAYOUT_GW",
                    "transaction_id": b.digits(.providerTransaction(0), 8),
                    "account_id": "",
                    "beneficiary_id": beneficiaryID,
                    "raw_response": succeeded ? "{\"status\":\"APPROVED\"}" : "{\"status\":\"REJECTED\"}",
                    "status_detail": succeeded ? "APPROVED" : "REJECTED",
                    "provider_status": nil,
                ],
                "created_at": b.time(3, jitter: .jitter(1)),
                "updated_at": b.time(1, jitter: .jitter(2)),
            ]],
            "metadata": [],
            "created_at": b.time(4, jitter: .jitter(0)),
            "updated_at": b.time(0),
        ]
    }
}
