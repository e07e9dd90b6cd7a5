/// `data` of payment events: `{ "payment": { … } }` in the key order of Yuno's published bodies.
enum PaymentBody {
    static func data(_ profile: PaymentProfile, _ b: BodyBuilder) -> BodyTemplate {
        ["payment": payment(profile, b)]
    }

    private static func payment(_ profile: PaymentProfile, _ b: BodyBuilder) -> BodyTemplate {
        let earlierCount = Int64(profile.earlier.count)
        var history: [BodyTemplate] = []
        if profile.transaction != nil {
            for (index, transaction) in profile.earlier.enumerated() {
                let hoursBefore = 3600 * (earlierCount - Int64(index))
                history.append(PaymentTransaction.object(transaction, index: index + 1, secondsBefore: hoursBefore + 3, b))
            }
        }
        let current: BodyTemplate
        if let transaction = profile.transaction {
            current = PaymentTransaction.object(transaction, index: 0, secondsBefore: 3, b)
            history.append(current)
        } else {
            current = []
        }
        var head: TemplateObject = [
            "code": b.uuid(.resource),
            "id": b.uuid(.resource),
            "idempotency_key": b.uuid(.idempotency),
            "organization_code": b.uuid(.organization),
            "account_code": b.uuid(.account),
            "account_id": b.uuid(.account),
            "description": b.text(.text("Order "), .digits(.order, count: 8)),
            "country": PayerLocale.country(b),
            "status": .string(profile.status),
            "sub_status": .string(profile.subStatus),
            "order_id": b.text(.text("ORD-"), .digits(.order, count: 8)),
            "merchant_order_id": b.text(.text("ORD-"), .digits(.order, count: 8)),
            "created_at": b.time(3600 * earlierCount + 4, jitter: .jitter(0)),
            "updated_at": b.time(0),
            "amount": amount(profile, b),
            "checkout": ["session": b.uuid(.session), "sdk_action_required": false],
            "customer_payer": PaymentCustomer.payer(b),
            "additional_data": PaymentCustomer.additionalData(b),
        ]
        let tail: TemplateObject = [
            "transactions": current,
            "transactions_history": .array(history),
            "callback_url": "https://merchant.example.com/checkout/return",
            "workflow": "SDK_CHECKOUT",
            "split": [],
            "split_marketplace": [],
            "payment_link_code": "",
            "subscription_id": nil,
            "subscription": nil,
            "fraud_screening": FraudScreeningBody.object(profile.fraudScreening, b),
            "metadata": [["key": "channel", "value": "web"]],
            "routing_rules": [
                "smart_routing": false,
                "monitors": false,
                "condition": ["id": b.integer(.condition, 100_000...999_999), "name": nil, "description": nil],
            ],
        ]
        for (key, value) in tail { head[key] = value }
        return .object(head)
    }

    private static func amount(_ profile: PaymentProfile, _ b: BodyBuilder) -> BodyTemplate {
        var amount: TemplateObject = [
            "currency": PayerLocale.currency(b),
            "value": b.amount(.amount),
            "refunded": profile.refunded ? b.amount(.amount) : 0,
            "captured": profile.captured ? b.amount(.amount) : 0,
        ]
        amount["currency_conversion"] = profile.currencyConversion ? currencyConversion(b) : .null
        return .object(amount)
    }

    private static func currencyConversion(_ b: BodyBuilder) -> BodyTemplate {
        [
            "code": b.text(.text("ccv_"), .digits(.reference, count: 16)),
            "cardholder_currency": "USD",
            "cardholder_amount": b.amount(.secondaryAmount),
            "cardholder_accepted": true,
            "rate": 1.0,
            "rate_margin_percentage": 3.0,
            "rate_source": "BLOOMBERG",
            "provider": "PLANET",
            "description": "DCC quote",
            "created_at": b.time(3600 * 24 + 5, jitter: .jitter(9)),
            "expires_at": b.time(3600 * 23 + 5, jitter: .jitter(9)),
            "status": "APPLIED",
            "error_reason": nil,
            "provider_data": ["acquirer_id": b.digits(.provider, 6), "terminal_id": b.text(.text("TERM_"), .digits(.provider, count: 2))],
        ]
    }
}
