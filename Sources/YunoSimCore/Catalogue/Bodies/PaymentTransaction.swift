/// One provider transaction of a payment: `data.payment.transactions` and the elements of
/// `transactions_history`.
enum PaymentTransaction {
    static func object(_ t: PaymentProfile.Transaction, index: Int, secondsBefore: Int64, _ b: BodyBuilder) -> BodyTemplate {
        let providerID = b.text(.text("PRV-"), .uuid(.providerTransaction(index)))
        let succeeded = t.status == "SUCCEEDED"
        return [
            "code": b.uuid(.transaction(index)),
            "id": b.uuid(.transaction(index)),
            "type": .string(t.type),
            "status": .string(t.status),
            "category": "CARD",
            "amount": b.amount(.amount),
            "provider_id": "YUNO_TEST_PAYMENT_GW",
            "response_code": .string(t.responseCode),
            "merchant_reference": b.text(.text("ORD-"), .digits(.order, count: 8)),
            "response_message": .string(t.responseMessage),
            "reason": t.reason.map(BodyTemplate.string) ?? .null,
            "description": b.text(.text("Order "), .digits(.order, count: 8)),
            "created_at": b.time(secondsBefore, jitter: .jitter(2 * index + 1)),
            "updated_at": b.time(secondsBefore - 2, jitter: .jitter(2 * index + 2)),
            "payment_method": paymentMethod(type: t.type, succeeded: succeeded, b),
            "provider": ["provider_transaction_id": providerID],
            "provider_data": [
                "raw_response": ["status": .string(t.providerStatus), "message": .string(t.responseMessage)],
                "id": "YUNO_TEST_PAYMENT_GW",
                "transaction_id": providerID,
                "account_id": b.digits(.provider, 10),
                "status": .string(t.providerStatus),
                "status_detail": .string(t.responseMessage),
                "response_message": .string(t.responseMessage),
                "response_code": .string(t.responseCode),
                "third_party_transaction_id": "",
                "third_party_account_id": "",
                "iso8583_response_code": succeeded ? "00" : "51",
                "iso8583_response_message": succeeded ? "Approved" : "Not sufficient funds",
                "reason_code": nil,
                "reason_description": nil,
            ],
            "connection_data": ["id": b.uuid(.connection), "name": "Yuno test gateway"],
            "simplified_mode": false,
            "third_party_session_id": b.uuid(.session),
            "receipt": false,
            "receipt_language": nil,
            "receipt_url": nil,
            "device_fingerprint": nil,
        ]
    }

    private static func paymentMethod(type: String, succeeded: Bool, _ b: BodyBuilder) -> BodyTemplate {
        [
            "token": b.uuid(.token),
            "type": "CARD",
            "vaulted_token": b.uuid(.vaultedToken),
            "vault_on_success": false,
            "parent_payment_method_type": nil,
            "payment_method_detail": [
                "card": [
                    "verify": .bool(type == "VERIFY"),
                    "capture": .bool(type != "AUTHORIZE"),
                    "installments": 1,
                    "installments_plan_id": nil,
                    "first_installment_deferral": nil,
                    "installments_amount": nil,
                    "installments_type": nil,
                    "soft_descriptor": "",
                    "authorization_code": succeeded ? b.digits(.card, 6) : "",
                    "retrieval_reference_number": "",
                    "acquirer_reference_number": "",
                    "voucher": nil,
                    "card_data": cardData(b),
                    "stored_credentials": ["reason": nil, "usage": nil, "subscription_agreement_id": nil, "network_transaction_id": nil],
                ],
                "wallet": nil, "bnpl": nil, "bank_transfer": nil, "ticket": nil, "payment_link": nil,
            ],
        ]
    }

    static func cardData(_ b: BodyBuilder) -> BodyTemplate {
        [
            "holder_name": PayerLocale.holderName(b),
            "iin": b.pick(.card, ["41111111", "51584511", "45094500", "37828200"]),
            "lfd": b.digits(.card, 4),
            "number_length": 16,
            "security_code_length": 3,
            "brand": b.pick(.card, ["VISA", "MASTERCARD", "VISA", "AMERICAN_EXPRESS"]),
            "issuer_name": b.pick(.card, ["JPMORGAN CHASE BANK N A", "BANCO SANTANDER", "BANCO ITAU", "AMERICAN EXPRESS"]),
            "issuer_code": nil,
            "country_code": PayerLocale.country(b),
            "category": "CLASSIC",
            "type": b.pick(.card, ["CREDIT", "DEBIT", "CREDIT", "CREDIT"]),
            "three_d_secure": [
                "version": nil, "electronic_commerce_indicator": nil, "cryptogram": nil, "transaction_id": nil,
                "directory_server_transaction_id": nil, "pares_status": nil, "acs_id": nil,
                "strong_customer_authentication_exemptions": nil,
            ],
            "network_token": nil,
            "fingerprint": b.uuid(.fingerprint),
            "expiration_month": b.integer(.card, 1...12),
            "expiration_year": b.integer(.card, 27...32),
        ]
    }
}
