/// The payer and order parts of a payment body.
enum PaymentCustomer {
    static func payer(_ b: BodyBuilder) -> BodyTemplate {
        [
            "code": b.uuid(.customer),
            "id": b.uuid(.customer),
            "organization_customer_external_id": b.text(.text("customer-"), .digits(.customer, count: 6)),
            "merchant_customer_id": b.text(.text("customer-"), .digits(.customer, count: 6)),
            "first_name": PayerLocale.firstName(b),
            "last_name": PayerLocale.lastName(b),
            "gender": b.pick(.firstName, ["F", "M"]),
            "date_of_birth": b.pick(.customer, ["1985-03-14", "1990-07-02", "1978-11-23", "1996-01-30", "2001-09-09"]),
            "email": PayerLocale.email(b),
            "nationality": PayerLocale.country(b),
            "ip_address": b.text(.text("203.0.113."), .digits(.ipAddress, count: 2)),
            "device_fingerprint": nil,
            "third_party_session_id": b.uuid(.session),
            "device_fingerprints": [],
            "merchant_customer_created_at": b.time(3600 * 24 * 400, jitter: .jitter(10)),
            "browser_info": [
                "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
                "accept_header": "*/*",
                "color_depth": "24",
                "screen_height": "900",
                "screen_width": "1440",
                "javascript_enabled": true,
                "language": b.pick(.country, PayerLocale.languages),
                "accept_content": "text/html",
                "accept_browser": "text/html",
                "java_enabled": false,
                "browser_time_difference": "180",
            ],
            "document": PayerLocale.document(b),
            "billing_address": PayerLocale.address(b),
            "shipping_address": PayerLocale.address(b),
            "phone": PayerLocale.phone(b),
            "geo_location": ["latitude": nil, "longitude": nil],
            "merchant_customer_validations": [
                "account_is_verified": true, "email_is_verified": true, "phone_is_verified": false,
            ],
        ]
    }

    static func additionalData(_ b: BodyBuilder) -> BodyTemplate {
        [
            "order": [
                "shipping_amount": 0,
                "fee_amount": 0,
                "tip_amount": nil,
                "items": [[
                    "id": b.text(.text("SKU-"), .digits(.item, count: 5)),
                    "name": b.pick(.item, ["Running shoes", "Coffee beans 1kg", "Wireless headphones", "Yoga mat", "Backpack"]),
                    "quantity": 1,
                    "unit_amount": b.amount(.amount),
                    "category": b.pick(.item, ["Sports", "Groceries", "Electronics", "Sports", "Accessories"]),
                    "brand": b.pick(.item, ["Stride", "Altura", "Sonic", "Flow", "Trail"]),
                    "sku_code": b.digits(.item, 10),
                    "manufacture_part_number": b.text(.text("MPN-"), .digits(.item, count: 6)),
                    "image_url": nil,
                ]],
                "taxes": [],
                "shipping": nil,
                "account_funding": nil,
                "tickets": [],
                "fulfillment": nil,
                "discounts": [],
                "sales_channel": nil,
            ],
            "airline": nil,
            "transportations": nil,
            "seller_details": nil,
        ]
    }
}
