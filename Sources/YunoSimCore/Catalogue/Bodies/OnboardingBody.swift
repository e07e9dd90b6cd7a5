/// `data` of onboarding events: the onboarding resource with its recipient.
enum OnboardingBody {
    static func data(status: String, requirements: Bool, _ b: BodyBuilder) -> BodyTemplate {
        [
            "id": b.uuid(.resource),
            "type": "TWO_STEP_ONBOARDING",
            "workflow": "DIRECT",
            "description": nil,
            "status": .string(status),
            "response_message": nil,
            "callback_url": "https://merchant.example.com/webhooks/onboarding",
            "provider": [
                "id": "YUNO_TEST_GATEWAY", "connection_id": b.uuid(.connection), "redirect_url": nil,
                "recipient_id": "", "onboarding_url": "", "legal_entity": nil,
            ],
            "documentation": [],
            "legal_representatives": [],
            "withdrawal_methods": ["bank": bank(b)],
            "requirements": requirements
                ? [["field": "withdrawal_methods.bank.routing", "message": "Invalid routing number", "status": "REJECTED"]] : [],
            "terms_of_service": nil,
            "metadata": [],
            "recipient": recipient(b),
            "created_at": b.time(60, jitter: .jitter(0)),
            "updated_at": b.time(0),
            "expires_at": nil,
        ]
    }

    private static func bank(_ b: BodyBuilder) -> BodyTemplate {
        [
            "code": "001", "branch": "004", "branch_digit": "1", "account": b.digits(.document, 10), "account_digit": "7",
            "account_type": "CHECKINGS", "routing": b.digits(.reference, 9), "country": PayerLocale.country(b),
            "currency": PayerLocale.currency(b), "payout_schedule": nil,
        ]
    }

    private static func recipient(_ b: BodyBuilder) -> BodyTemplate {
        [
            "id": b.uuid(.recipient),
            "national_entity": "INDIVIDUAL",
            "merchant_recipient_id": b.uuid(.customer),
            "entity_type": "PRIVATE",
            "first_name": PayerLocale.firstName(b),
            "last_name": PayerLocale.lastName(b),
            "legal_name": nil,
            "email": PayerLocale.email(b),
            "date_of_birth": "1988-04-12",
            "country": PayerLocale.country(b),
            "website": "https://seller.example.com",
            "industry": "Retail",
            "merchant_category_code": "5999",
            "document": PayerLocale.document(b),
            "phone": PayerLocale.phone(b),
            "address": PayerLocale.address(b),
            "withdrawal_methods": ["bank": bank(b)],
            "documentation": [],
            "legal_representatives": [[
                "merchant_reference": "REP_001",
                "first_name": PayerLocale.firstName(b),
                "last_name": PayerLocale.lastName(b),
                "email": PayerLocale.email(b),
                "date_of_birth": "1980-02-20",
                "country": PayerLocale.country(b),
                "nationality": PayerLocale.country(b),
                "title": "CEO",
                "publicly_exposed_person": false,
                "ultimate_beneficial_owner": true,
                "document": PayerLocale.document(b),
                "phone": PayerLocale.phone(b),
                "address": PayerLocale.address(b),
            ]],
            "created_at": b.time(120, jitter: .jitter(1)),
            "updated_at": b.time(90, jitter: .jitter(2)),
        ]
    }
}
