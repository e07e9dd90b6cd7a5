/// `data` of `banking.*` events. Yuno publishes no body for them; these follow the shape
/// of its other resources (ids, status, timestamps, amounts).
enum BankingBody {
    enum Resource: Sendable {
        case entity, onboarding, account, transfer(incoming: Bool)
    }

    static func data(_ resource: Resource, status: String, _ b: BodyBuilder) -> BodyTemplate {
        var object: TemplateObject = ["id": b.uuid(.resource), "account_code": b.uuid(.account)]
        switch resource {
        case .entity:
            object["type"] = "COMPANY"
            object["legal_name"] = b.text(.choice(.lastName, PayerLocale.lastNames), .text(" Comercio S.A."))
            object["country"] = PayerLocale.country(b)
            object["document"] = PayerLocale.document(b)
        case .onboarding:
            object["entity_id"] = b.uuid(.recipient)
            object["requirements"] = []
        case .account:
            object["entity_id"] = b.uuid(.recipient)
            object["currency"] = PayerLocale.currency(b)
            object["country"] = PayerLocale.country(b)
            object["account_number"] = b.digits(.document, 12)
            object["routing_number"] = b.digits(.reference, 9)
            object["balance"] = ["currency": PayerLocale.currency(b), "value": b.amount(.secondaryAmount)]
        case .transfer(let incoming):
            object["bank_account_id"] = b.uuid(.recipient)
            object["direction"] = incoming ? "INCOMING" : "OUTGOING"
            object["amount"] = ["currency": PayerLocale.currency(b), "value": b.amount(.amount)]
            object["counterparty"] = [
                "name": b.text(.choice(.firstName, PayerLocale.firstNames), .text(" "), .choice(.lastName, PayerLocale.lastNames)),
                "account_number": b.digits(.phone, 12),
                "bank_code": b.digits(.provider, 3),
            ]
            object["reference"] = b.text(.text("BTR-"), .digits(.order, count: 10))
        }
        object["status"] = .string(status)
        object["metadata"] = []
        object["created_at"] = b.time(60, jitter: .jitter(0))
        object["updated_at"] = b.time(0)
        return .object(object)
    }
}
