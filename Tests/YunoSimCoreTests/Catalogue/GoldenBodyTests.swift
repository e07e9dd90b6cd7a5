import Foundation
import Testing
@testable import YunoSimCore

/// The exact bytes every catalogue body renders to, kept as golden files in `Fixtures/Bodies`
/// (one render a line), so a change to how bodies are built or written cannot change what a
/// merchant receives, or the signature over it, unnoticed. A failure names the render, the
/// JSON path and the bytes around the first difference.
///
/// After an intended change to the bodies: `YUNO_UPDATE_GOLDEN=1 swift test --filter GoldenBodyTests`
/// rewrites the files; review them with `git diff`.
@Suite struct GoldenBodyTests {
    static let seeds: [UInt64] = [0, 42, 0xDEAD_BEEF_0BAD_F00D]
    static let retries = [0, 3]

    /// `event` or `event#variant` for every body the catalogue can write.
    static let catalogueBodies: [GoldenBody] = EventCatalogue.yuno.entries.flatMap { entry in
        let name = entry.name.typeEvent
        return [GoldenBody(event: name, variant: nil)] + entry.variants.map { GoldenBody(event: name, variant: $0) }
    }

    @Test(arguments: catalogueBodies)
    func everyCatalogueBodyRendersItsGoldenBytes(body: GoldenBody) throws {
        let template = try EventTemplate(event: body.event, variant: body.variant)
        try GoldenFile(name: body.fileName).check(Self.renders(of: template))
    }

    @Test func everyGoldenFileBelongsToACatalogueBody() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: GoldenFile.folder.path)
            .filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix("edge-") }
        #expect(Set(files) == Set(Self.catalogueBodies.map { "\($0.fileName).jsonl" }))
    }

    /// Values outside what a run produces still render the same: a pinned account id, overrides,
    /// extreme retries and times long before 1970 or far beyond 9999.
    @Test func edgeInputsRenderTheirGoldenBytes() throws {
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
        try GoldenFile(name: "edge-pinned-account").check(Self.renders(of: pinnedAccount))
        try GoldenFile(name: "edge-pinned-account-extremes")
            .check(Self.renders(of: pinnedAccount, seeds: [7], retries: retries, times: times))
        try GoldenFile(name: "edge-split-extremes")
            .check(Self.renders(of: split, seeds: [UInt64.max], retries: retries, times: times))
        try GoldenFile(name: "edge-cycle-extremes").check(Self.renders(of: cycle, seeds: [1, 2, 3], retries: [1], times: times))
    }

    /// Every render of `template` for the given seeds, retries and times, each with its label.
    static func renders(of template: EventTemplate, seeds: [UInt64] = seeds, retries: [Int] = retries,
                        times: [Date] = [BodyInspection.time]) -> [(label: String, bytes: [UInt8])] {
        var renders: [(label: String, bytes: [UInt8])] = []
        for seed in seeds {
            for retry in retries {
                for time in times {
                    renders.append(("seed \(seed), retry \(retry), time \(time.timeIntervalSince1970)",
                                    template.render(instanceSeed: seed, retry: retry, time: time)))
                }
            }
        }
        return renders
    }
}

/// One body of the catalogue: an event and maybe one of its variants.
struct GoldenBody: Sendable, CustomTestStringConvertible {
    var event: String
    var variant: String?

    /// `payment.purchase` or `payment.purchase+declined`.
    var fileName: String { variant.map { "\(event)+\($0)" } ?? event }
    var testDescription: String { variant.map { "\(event)#\($0)" } ?? event }
}
