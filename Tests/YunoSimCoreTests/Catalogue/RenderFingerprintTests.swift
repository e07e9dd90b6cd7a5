import Foundation
import Testing
@testable import YunoSimCore

/// Pins the exact bytes every catalogue body renders to, so a change to how bodies are
/// compiled or written cannot change what a merchant receives (or the signature over it).
/// The values were captured from the renderer as it stood before the step-list rewrite.
@Suite struct RenderFingerprintTests {
    /// FNV-1a 64 over every render of one template, one after another, and their total length.
    struct Fingerprint: Equatable, CustomStringConvertible {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var length = 0

        mutating func absorb(_ bytes: [UInt8]) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            length += bytes.count
        }

        var description: String { "(0x\(String(hash, radix: 16, uppercase: true)), \(length))" }
    }

    static let seeds: [UInt64] = [0, 42, 0xDEAD_BEEF_0BAD_F00D]
    static let retries = [0, 3]

    static func fingerprint(_ template: EventTemplate, seeds: [UInt64] = seeds, retries: [Int] = retries,
                            times: [Date] = [BodyInspection.time]) -> Fingerprint {
        var fingerprint = Fingerprint()
        for seed in seeds {
            for retry in retries {
                for time in times { fingerprint.absorb(template.render(instanceSeed: seed, retry: retry, time: time)) }
            }
        }
        return fingerprint
    }

    /// `event` or `event#variant` for every body the catalogue can write.
    static var catalogueBodies: [(key: String, event: String, variant: String?)] {
        EventCatalogue.yuno.entries.flatMap { entry in
            let name = entry.name.typeEvent
            return [(name, name, nil)] + entry.variants.map { ("\(name)#\($0)", name, $0) }
        }
    }

    @Test func everyCatalogueBodyRendersThePinnedBytes() throws {
        var keys: Set<String> = []
        for body in Self.catalogueBodies {
            keys.insert(body.key)
            let template = try EventTemplate(event: body.event, variant: body.variant)
            let expected = try #require(Self.pinned[body.key], "no pinned fingerprint for \(body.key)")
            #expect(Self.fingerprint(template) == Fingerprint(hash: expected.hash, length: expected.length), "\(body.key)")
        }
        #expect(keys == Set(Self.pinned.keys))
    }

    /// Values outside what a run produces still render the same: a pinned account id, overrides,
    /// extreme retries and times long before 1970 or far beyond 9999.
    @Test func edgeInputsRenderThePinnedBytes() throws {
        let overrides = try ["data.payment.amount.value=99", "data.payment.extra={\"a\":[1,2.5,null]}",
                             "data.payment.description=Tab\tand \"quote\""].map(BodyOverride.init(assignment:))
        let pinnedAccount = try EventTemplate(event: "payment.purchase", overrides: overrides,
                                              accountID: UUID(uuidString: "6F1C2A5E-0B7D-4C1E-9A3F-2D8E4B6C1A90"))
        let retries = [Int.min, -1, 0, 9, 10, 99, 100, 1_000_000, Int.max]
        let times = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.5),
                     Date(timeIntervalSince1970: -86_400 * 365.25 * 3000), Date.distantPast, Date.distantFuture,
                     Date(timeIntervalSince1970: 1e15), Date(timeIntervalSince1970: 1e300)]
        let split = try EventTemplate(event: "split_transfer_reverse.failed")
        let cycle = try EventTemplate(event: "subscription.cycle_executed")
        #expect(Self.fingerprint(pinnedAccount) == Fingerprint(hash: 0x3855994EC91BF44E, length: 51326))
        #expect(Self.fingerprint(pinnedAccount, seeds: [7], retries: retries, times: times)
            == Fingerprint(hash: 0x86A71E3FFF3448CE, length: 539301))
        #expect(Self.fingerprint(split, seeds: [UInt64.max], retries: retries, times: times)
            == Fingerprint(hash: 0xE8C8CA8C8BD75072, length: 53193))
        #expect(Self.fingerprint(cycle, seeds: [1, 2, 3], retries: [1], times: times)
            == Fingerprint(hash: 0x82D49107B8452B73, length: 44863))
    }

    /// Seeds `seeds`, retries `retries`, time `BodyInspection.time`.
    static let pinned: [String: (hash: UInt64, length: Int)] = [
        "payment.purchase": (0xB5D542E77B98AA82, 51166),
        "payment.purchase#declined": (0x162367DAF8BFAF66, 51532),
        "payment.purchase#pending": (0xECF9F41A2B57B6BE, 52696),
        "payment.purchase#rejected": (0x64C7098FEDF06896, 51028),
        "payment.purchase#routed": (0xBD12FB50C17BF542, 54816),
        "payment.authorize": (0xB3EDFCBBC0A67C48, 51340),
        "payment.authorize#declined": (0x835513871317B8C8, 51562),
        "payment.capture": (0x62CA6E8FBB7B53D4, 66850),
        "payment.refund": (0xED07F2A3A4FCC4A, 69536),
        "payment.refund#declined": (0x9BC0F878DB18D23A, 68036),
        "payment.cancel": (0x7699E762499A2704, 66914),
        "payment.verify": (0x4DBBA4ACD7A5307E, 51208),
        "payment.chargeback": (0xC50ABC67300107AA, 69144),
        "payment.chargeback#dispute": (0xAC13BE105184C2DA, 71472),
        "payment.fraud_screening": (0x5664B734A3166754, 23698),
        "payment.pre_chargeback": (0x348EB4B83CC0ACDE, 70052),
        "enrollment.enroll": (0x826CDBC750BA7622, 6842),
        "enrollment.enroll#declined": (0xC06A9D18026B430, 6842),
        "enrollment.enroll#rejected": (0x86033A9B8F5E596C, 6842),
        "enrollment.unenroll": (0xD194BDC427ADC02E, 6866),
        "enrollment.expiration": (0xA08CA9352364CF26, 6860),
        "enrollment.update": (0x12CD50B53645320, 6842),
        "payout.payout": (0x541F30F05683B5B4, 10774),
        "payout.payout#pending": (0xBBE139D1792E1A18, 10738),
        "payout.payout#rejected": (0xB20BF6979ED82BA6, 10756),
        "subscription.create": (0x84BD55D71F478E22, 10152),
        "subscription.active": (0xE2667EFFC88A7E0A, 10146),
        "subscription.paused": (0x11A8A2B2E8332CC2, 10146),
        "subscription.resumed": (0x1DBE80BF0A22CC5C, 10152),
        "subscription.canceled": (0x8A5FC2BDB8BF1E06, 10170),
        "subscription.completed": (0x20B8678134A18078, 10182),
        "subscription.error": (0x7C2C0565F090FAD4, 10134),
        "subscription.pause": (0xFD6D0F58325532C8, 10140),
        "subscription.resume": (0xB76E1A5FD994B0C, 10146),
        "subscription.cancel": (0xF0EF0B33BAF84970, 10158),
        "subscription.complete": (0x38B55F8DFBCDC23A, 10176),
        "subscription.trialing": (0xA5C68650691D2326, 10158),
        "subscription.past_due": (0x7B201CA91918CB02, 10170),
        "subscription.close_to_renewal": (0x6FE5655F9E703694, 10206),
        "subscription.cycle_executed": (0xE7E4B4015BCC0D30, 12810),
        "subscription.phase_started": (0x1DDB46A59B3E76AA, 10446),
        "subscription.phase_completed": (0x8C2B97C78A82B778, 10296),
        "subscription.plan_change_scheduled": (0xB2A5145C98CF3DEE, 11826),
        "subscription.plan_change_canceled": (0x27084DD016232C66, 10878),
        "subscription.plan_changed": (0x827714E27AE27944, 10530),
        "onboarding.create": (0xE50C66D927D01A8E, 15348),
        "onboarding.pending": (0xBC3773F53DBEFFD8, 15354),
        "onboarding.pending_additional_documentation": (0xBF3543428BB76510, 16092),
        "onboarding.pending_recipient_action": (0xC3B46C36AEBC1694, 15456),
        "onboarding.succeeded": (0x2983DB5D56829148, 15378),
        "onboarding.canceled": (0xF6C075F30D7C1AA6, 15366),
        "onboarding.cancelled": (0xE041058D1876CD10, 15378),
        "onboarding.declined": (0x6EE88F8F3B184CAC, 15954),
        "onboarding.rejected": (0x3E2E80EFBB0BF688, 15954),
        "onboarding.failed": (0x74C654C394232A7E, 15942),
        "onboarding.blocked": (0x9BE8BEDB9924F694, 15354),
        "onboarding.unblocked": (0xE9FEA634C55BAD9C, 15378),
        "onboarding.error": (0xA68E61A7A1BAE7C6, 15918),
        "onboarding.expired": (0x1E1A3FA9FC80D1F4, 15354),
        "onboarding.inactive": (0x8AE44A54B95F512, 15366),
        "onboarding.transferred": (0x8F358DF7E2332530, 15402),
        "report.create": (0x622EB5DF6E34A0FA, 3432),
        "report.update": (0x4FA11CACCAD2743A, 3912),
        "report.update#failed": (0xBFAA34F6E9A90A26, 3426),
        "split_transfer.succeeded": (0xF6EE98A49AA8E8E, 5048),
        "split_transfer.failed": (0xEF81E63C34E4ABCC, 4844),
        "split_transfer_reverse.succeeded": (0xE3CAAD6C17B4D4D0, 5234),
        "split_transfer_reverse.failed": (0x96D088E2822BF240, 5030),
        "banking.entity.created": (0x678095942DA31A8C, 2978),
        "banking.entity.updated": (0xA2E334762F0D3F1C, 2978),
        "banking.entity.deleted": (0x9B85433CA2441C24, 2978),
        "banking.onboarding.created": (0xBE5B0D1DBD7B1D58, 2640),
        "banking.onboarding.pending": (0x79E03D349529D9BC, 2640),
        "banking.onboarding.pending_additional_documentation": (0xC68E9AD1FCF376BE, 2940),
        "banking.onboarding.succeeded": (0xE8452AE085D39C3C, 2664),
        "banking.onboarding.failed": (0xB7E6BB6D994FF1AA, 2628),
        "banking.onboarding.declined": (0xB5EA85C61975F50A, 2652),
        "banking.onboarding.cancelled": (0x5EDA6AEA0299E5AC, 2664),
        "banking.onboarding.expired": (0xC5A0C2D8D767FF08, 2640),
        "banking.account.created": (0x5EABC6BE2568434, 3322),
        "banking.account.updated": (0x88492734CB8F68A8, 3322),
        "banking.account.activated": (0x44F9C6D0E4544934, 3346),
        "banking.account.closed": (0xF50A6094EB799532, 3310),
        "banking.transfer.pending": (0xA17D0D63B29BFF24, 3656),
        "banking.transfer.processing": (0xEBB53FF8B0A8F6BE, 3692),
        "banking.transfer.completed": (0x887213456A7E51F8, 3680),
        "banking.transfer.failed": (0xA491789469FC6736, 3644),
        "banking.transfer.cancelled": (0x84472C2A99DB3AFC, 3680),
        "banking.transfer.reversed": (0xBFAFC43F4E1CCD1E, 3668),
        "banking.transfer.incoming.pending": (0xFD444435FAA616E0, 3764),
        "banking.transfer.incoming.completed": (0xC4072FF40421A6DC, 3788),
    ]
}
