import Foundation
import Testing
@testable import YunoSimCore

@Suite struct EventCatalogueTests {
    static let names = EventCatalogue.yuno.entries.map(\.name.typeEvent)

    @Test func holdsTheSeedTableAndTheDocsAdditions() throws {
        let entries = EventCatalogue.yuno.entries
        #expect(entries.filter { $0.source != .docs }.count == 60)
        #expect(Set(Self.names).count == Self.names.count)
        let docs = ["payment.pre_chargeback", "report.create", "report.update", "subscription.pause", "subscription.resume",
                    "subscription.cancel", "subscription.complete", "subscription.trialing", "subscription.past_due",
                    "subscription.close_to_renewal", "subscription.cycle_executed", "subscription.phase_started",
                    "subscription.phase_completed", "subscription.plan_change_scheduled", "subscription.plan_change_canceled",
                    "subscription.plan_changed", "onboarding.cancelled", "onboarding.inactive", "onboarding.transferred"]
        for name in docs {
            #expect(try EventCatalogue.yuno.entry(named: name).source == .docs, "\(name)")
        }
        #expect(try EventCatalogue.yuno.entry(named: "payment.purchase").trigger == "PURCHASE")
        #expect(try EventCatalogue.yuno.entry(named: "payment.fraud_screening").trigger == nil)
    }

    @Test(arguments: names)
    func everyEventRendersValidJSONWithTheEnvelopeInOrder(name: String) throws {
        let (bytes, value) = try BodyInspection.render(name, retry: 3)
        #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil)
        guard case .object(let envelope) = value else { Issue.record("not an object"); return }
        let split = name.hasPrefix("split_transfer")
        let expectedKeys = split ? ["type", "type_event", "trace_id", "transfer_id", "account_id", "retry", "version", "data"]
            : ["type", "type_event", "account_id", "retry", "version", "data"]
        #expect(envelope.keys == expectedKeys)
        #expect(value["retry"] == .integer(3))
        #expect(value["version"] == .integer(split ? 1 : 2))
        #expect(BodyInspection.isUUID(value["account_id"]))
        let entry = try EventCatalogue.yuno.entry(named: name)
        #expect(value["type"] == .string(entry.name.type))
        #expect(value["type_event"] == .string(entry.wireTypeEvent))
    }

    @Test(arguments: names)
    func timestampsAreMicrosecondUTCAndUpdatedIsNotBeforeCreated(name: String) throws {
        let value = try BodyInspection.render(name, seed: 9).value
        for object in BodyInspection.objects(in: value) {
            for (key, member) in object where key.hasSuffix("_at") {
                if case .string(let text) = member { #expect(BodyInspection.isTimestamp(text), "\(name) \(key)=\(text)") }
            }
            if case .string(let created)? = object["created_at"], case .string(let updated)? = object["updated_at"] {
                #expect(updated >= created, "\(name): updated_at \(updated) < created_at \(created)")
            }
        }
    }

    @Test func paymentEventsCarryAStatusAndTransactionThatFitTheEvent() throws {
        let cases: [(String, String?, String, String, String?)] = [
            ("payment.purchase", nil, "SUCCEEDED", "APPROVED", "PURCHASE"),
            ("payment.purchase", "declined", "DECLINED", "DECLINED", "PURCHASE"),
            ("payment.purchase", "pending", "PENDING", "PENDING_PROVIDER_CONFIRMATION", "PURCHASE"),
            ("payment.purchase", "rejected", "REJECTED", "REJECTED", "PURCHASE"),
            ("payment.authorize", nil, "PENDING", "AUTHORIZED", "AUTHORIZE"),
            ("payment.capture", nil, "SUCCEEDED", "CAPTURED", "CAPTURE"),
            ("payment.refund", nil, "REFUNDED", "REFUNDED", "REFUND"),
            ("payment.cancel", nil, "CANCELED", "CANCELED", "CANCEL"),
            ("payment.verify", nil, "VERIFIED", "VERIFIED", "VERIFY"),
            ("payment.chargeback", nil, "CHARGEBACK", "LOST", "CHARGEBACK"),
            ("payment.pre_chargeback", nil, "SUCCEEDED", "APPROVED", "PRE_CHARGEBACK"),
        ]
        for (name, variant, status, subStatus, transactionType) in cases {
            let payment = try #require(try BodyInspection.render(name, variant: variant).value["data"]?["payment"])
            #expect(payment["status"] == .string(status), "\(name) \(variant ?? "")")
            #expect(payment["sub_status"] == .string(subStatus), "\(name) \(variant ?? "")")
            #expect(payment["transactions"]?["type"] == transactionType.map(JSONValue.string), "\(name)")
            #expect(payment["transactions"]?["amount"] == payment["amount"]?["value"], "\(name): amounts agree")
            #expect(BodyInspection.isUUID(payment["id"]))
            #expect(BodyInspection.isUUID(payment["idempotency_key"]))
        }
    }

    @Test func enrollmentEventsHaveNoIdempotencyKey() throws {
        let value = try BodyInspection.render("enrollment.enroll").value
        let text = String(decoding: value.bytes, as: UTF8.self)
        #expect(value["data"]?["payment_method"]?["status"] == "ENROLLED")
        #expect(!text.contains("idempotency"))
    }

    @Test func onboardingSubStatesAreDeliveredUnderTheirDocumentedNames() throws {
        let failed = try BodyInspection.render("onboarding.failed").value
        #expect(failed["type_event"] == "onboarding.declined")
        #expect(failed["data"]?["status"] == "FAILED")
        let pending = try BodyInspection.render("onboarding.pending_additional_documentation").value
        #expect(pending["type_event"] == "onboarding.pending")
        #expect(pending["data"]?["status"] == "PENDING_ADDITIONAL_DOCUMENTATION")
    }

    @Test func unknownEventsSuggestTheClosestNames() {
        #expect(throws: InputError("unknown event 'payment.purchse'; did you mean payment.purchase?")) {
            try EventCatalogue.yuno.entry(named: "payment.purchse")
        }
        #expect(EventCatalogue.yuno.suggestions(for: "subscription.paused").first == "subscription.paused")
        #expect(EventCatalogue.yuno.suggestions(for: "refund") == ["payment.refund"])
        #expect(throws: InputError.self) { try EventCatalogue.yuno.entry(named: "zzz.qqqqqqqq") }
    }

    @Test func unknownVariantsListTheValidOnes() {
        #expect(throws: InputError("payment.purchase has no variant 'bogus'; its variants are declined, pending, rejected, routed")) {
            try EventTemplate(event: "payment.purchase", variant: "bogus")
        }
        #expect(throws: InputError.self) { try EventTemplate(event: "payment.capture", variant: "declined") }
    }
}
