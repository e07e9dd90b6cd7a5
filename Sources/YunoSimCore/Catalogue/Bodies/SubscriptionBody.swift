/// `data` of subscription events: `{ "subscription": { … } }` plus what the event adds
/// (the executed cycle, the phase, the plan change).
enum SubscriptionBody {
    enum Extra: Sendable {
        case none, cycleExecuted, phaseStarted, phaseCompleted, planChangeScheduled, planChangeCanceled, planChanged
    }

    static func data(status: String, extra: Extra, _ b: BodyBuilder) -> BodyTemplate {
        var data: TemplateObject = ["subscription": subscription(status: status, b)]
        switch extra {
        case .none: break
        case .cycleExecuted:
            data["cycle"] = 2
            data["reason"] = "REGULAR"
            data["phase"] = "REGULAR"
            data["plan_id"] = b.uuid(.plan)
            data["phase_payment"] = 1
            data["billing_cycle"] = 2
            data["breakdown"] = [
                "currency": PayerLocale.currency(b),
                "subtotal": b.amount(.amount),
                "total": b.amount(.amount),
                "plan_id": b.uuid(.plan),
                "line_items": [[
                    "type": "PLAN",
                    "label": "Monthly plan",
                    "service_period": ["start": b.time(0), "end": b.time(-3600 * 24 * 30)],
                    "amount": ["currency": PayerLocale.currency(b), "value": b.amount(.amount)],
                ]],
            ]
        case .phaseStarted:
            data["phase"] = "REGULAR"
            data["previous_phase"] = "TRIAL"
        case .phaseCompleted:
            data["phase"] = "TRIAL"
        case .planChangeScheduled:
            data["plan_change"] = [
                "plan_id": b.uuid(.previousPlan), "plan_name": "Pro", "direction": "UPGRADE", "effective": "NEXT_BILLING_CYCLE",
                "phases_behavior": "START_FROM_REGULAR", "applies_at": b.time(-3600 * 24 * 14), "requested_at": b.time(0),
            ]
        case .planChangeCanceled:
            data["plan_change"] = ["plan_id": b.uuid(.previousPlan), "plan_name": "Pro", "reason": "MERCHANT_UNDO"]
        case .planChanged:
            data["previous_plan_id"] = b.uuid(.previousPlan)
        }
        return .object(data)
    }

    private static func subscription(status: String, _ b: BodyBuilder) -> BodyTemplate {
        [
            "code": b.uuid(.resource),
            "name": "Monthly plan",
            "description": "Monthly subscription",
            "country": PayerLocale.country(b),
            "account_code": b.uuid(.account),
            "merchant_reference": b.text(.text("subscription-"), .digits(.reference, count: 6)),
            "status": .string(status),
            "plan_id": b.uuid(.plan),
            "current_phase": status == "TRIALING" ? "TRIAL" : "REGULAR",
            "amount": ["currency": PayerLocale.currency(b), "type": "FIXED", "value": b.amount(.amount)],
            "frequency": ["type": "MONTH", "value": 1, "monthly_billing_day": nil, "execution": "YUNO"],
            "billing_date": ["type": "DAY", "day": b.integer(.order, 1...28)],
            "billing_cycles": ["total": 12, "current": 2, "next_at": b.time(-3600 * 24 * 30, jitter: .jitter(5))],
            "customer_payer": ["code": b.uuid(.customer)],
            "payment_method": [
                "type": "CARD",
                "vaulted_token": b.uuid(.vaultedToken),
                "card": ["installments": nil, "network_transaction_id": b.digits(.card, 15), "usage": "USED"],
            ],
            "availability": ["start_at": b.time(3600 * 24 * 30, jitter: .jitter(0)), "finish_at": nil],
            "retries": [
                "retry_on_decline": true, "amount": 4, "strategy": "DEFAULT", "schedule": nil,
                "stop_on_hard_decline": nil, "cancel_on_exhausted_retries": nil,
            ],
            "metadata": [["key": "plan", "value": "monthly"]],
            "additional_data": nil,
            "payments": [],
            "trial_period": ["billing_cycles": 1, "amount": ["currency": nil, "value": nil]],
            "initial_payment_validation": true,
            "provider_subscription_id": nil,
            "reason": nil,
            "subscription_agreement_id": nil,
            "soft_descriptor": nil,
            "renewal_notification_days": 3,
            "cancellation_time": nil,
            "cancellation_source": nil,
            "ending_time": nil,
            "created_at": b.time(3600 * 24 * 30, jitter: .jitter(0)),
            "updated_at": b.time(0),
            "history": nil,
        ]
    }
}
