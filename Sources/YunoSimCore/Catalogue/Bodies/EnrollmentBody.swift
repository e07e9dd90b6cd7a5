/// `data` of enrollment events: `{ "payment_method": { … } }`, without an idempotency key.
enum EnrollmentBody {
    static func data(status: String, _ b: BodyBuilder) -> BodyTemplate {
        let label = b.text(.choice(.card, ["VISA", "MASTERCARD", "VISA", "AMERICAN_EXPRESS"]), .text(" ****"), .digits(.card, count: 4))
        return [
            "payment_method": [
                "id": b.uuid(.resource),
                "account_id": b.uuid(.account),
                "name": label,
                "description": label,
                "type": "CARD",
                "category": "CARD",
                "country": PayerLocale.country(b),
                "status": .string(status),
                "customer_id": b.uuid(.customer),
                "created_at": b.time(3, jitter: .jitter(0)),
                "updated_at": b.time(0),
                "enrollment": ["session": b.uuid(.session), "sdk_action_required": false],
                "verify": ["vault_on_success": false, "currency": nil, "payment": nil],
                "detail": [
                    "card": [
                        "holder_name": PayerLocale.holderName(b),
                        "expiration_month": b.integer(.card, 1...12),
                        "expiration_year": b.integer(.card, 27...32),
                        "iin": b.pick(.card, ["41111111", "51584511", "45094500", "37828200"]),
                        "lfd": b.digits(.card, 4),
                        "security_code_length": 3,
                        "number_length": 16,
                        "brand": b.pick(.card, ["VISA", "MASTERCARD", "VISA", "AMERICAN_EXPRESS"]),
                        "issuer_name": b.pick(.card, ["JPMORGAN CHASE BANK N A", "BANCO SANTANDER", "BANCO ITAU", "AMERICAN EXPRESS"]),
                        "issuer_code": nil,
                        "type": b.pick(.card, ["CREDIT", "DEBIT", "CREDIT", "CREDIT"]),
                        "category": "CLASSIC",
                        "country_code": PayerLocale.country(b),
                        "country_name": b.pick(.country, ["Uruguay", "Colombia", "Brazil", "Mexico", "Argentina", "Chile", "Peru",
                                                          "United States of America"]),
                        "fingerprint_code": b.uuid(.fingerprint),
                        "created_at": b.time(2, jitter: .jitter(1)),
                        "updated_at": b.time(1, jitter: .jitter(2)),
                    ],
                ],
            ],
        ]
    }
}
