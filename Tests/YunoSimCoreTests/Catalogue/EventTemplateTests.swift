import Foundation
import Testing
@testable import YunoSimCore

@Suite struct EventTemplateTests {
    @Test func sameSeedGivesTheSameBytes() throws {
        for name in ["payment.purchase", "subscription.cycle_executed", "split_transfer.succeeded", "banking.account.created"] {
            #expect(try BodyInspection.render(name, seed: 7).bytes == BodyInspection.render(name, seed: 7).bytes, "\(name)")
        }
    }

    @Test func differentSeedsGiveDifferentIds() throws {
        let first = try BodyInspection.render("payment.purchase", seed: 1).value["data"]?["payment"]
        let second = try BodyInspection.render("payment.purchase", seed: 2).value["data"]?["payment"]
        #expect(first?["id"] != second?["id"])
        #expect(first?["idempotency_key"] != second?["idempotency_key"])
        #expect(first?["transactions"]?["id"] != second?["transactions"]?["id"])
    }

    @Test func idempotencyKeyStaysAcrossRetriesWhileTheSignatureChanges() throws {
        let template = try EventTemplate(event: "payment.refund")
        let signer = WebhookSigner(hmacSecret: "s3cret")
        var keys: Set<JSONValue> = []
        var signatures: Set<String> = []
        for retry in 0...6 {
            let bytes = template.render(instanceSeed: 99, retry: retry, time: BodyInspection.time)
            let value = try JSONParser.parse(bytes)
            #expect(value["retry"] == .integer(Int64(retry)))
            keys.insert(try #require(value["data"]?["payment"]?["idempotency_key"]))
            signatures.insert(signer.signature(for: bytes))
        }
        #expect(keys.count == 1)
        #expect(signatures.count == 7)
    }

    @Test func timestampsComeFromTheGivenTime() throws {
        let value = try BodyInspection.render("payment.purchase").value
        #expect(value["data"]?["payment"]?["updated_at"] == "2026-01-01T12:00:00.123456Z")
    }

    @Test func accountIDCanBePinnedForARun() throws {
        let account = try #require(UUID(uuidString: "3F2504E0-4F89-41D3-9A0C-0305E82C3301"))
        let template = try EventTemplate(event: "payment.purchase", accountID: account)
        let value = try JSONParser.parse(template.render(instanceSeed: 5, retry: 0, time: BodyInspection.time))
        #expect(value["account_id"] == .string(account.uuidString.lowercased()))
        #expect(value["data"]?["payment"]?["account_id"] == .string(account.uuidString.lowercased()))
    }

    @Test func setOverridesTypedValuesAndCreatesIntermediates() throws {
        let overrides = try ["data.payment.amount.value=99", "data.payment.status=\"99\"", "data.payment.callback_url=null",
                             "data.payment.extra.flag=true", "data.payment.description=New text"].map(BodyOverride.init(assignment:))
        let payment = try BodyInspection.render("payment.purchase", overrides: overrides).value["data"]?["payment"]
        #expect(payment?["amount"]?["value"] == 99)
        #expect(payment?["status"] == .string("99"))
        #expect(payment?["callback_url"] == .null)
        #expect(payment?["extra"]?["flag"] == true)
        #expect(payment?["description"] == "New text")
    }

    @Test func mergePatchAppliesToTheWholeEnvelope() throws {
        let patch = try BodyOverride(mergePatch: Array(#"{"data":{"payment":{"metadata":null,"country":"CL","new":{"a":1}}}}"#.utf8),
                                     source: "patch")
        let value = try BodyInspection.render("payment.purchase", overrides: [patch]).value
        let payment = try #require(value["data"]?["payment"])
        #expect(payment["metadata"] == nil)
        #expect(payment["country"] == "CL")
        #expect(payment["new"]?["a"] == 1)
        #expect(payment["id"] != nil)
    }

    @Test func rendersManyInstancesWithDistinctIds() throws {
        let template = try EventTemplate(event: "payment.purchase")
        var ids: Set<JSONValue> = []
        for seed in UInt64(0)..<200 {
            let value = try JSONParser.parse(template.render(instanceSeed: seed, retry: 0, time: BodyInspection.time))
            ids.insert(try #require(value["data"]?["payment"]?["id"]))
        }
        #expect(ids.count == 200)
    }
}
