import ArgumentParser
import Foundation
import YunoSimCore

/// How to generate a catalogue body: seed, variant, overrides and clock. Shared by
/// `send` and `events show`.
struct BodyOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Make ids, amounts and names reproducible; also fixes the clock at \(Self.seededClockText) unless --at is given.",
        valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("A named body variant, e.g. declined, pending, rejected, routed for payment.purchase.",
                               valueName: "name"))
    var variant: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Set a value in the body (repeatable): =99, =true, =null, =\"99\", =[1,2] and ={\"a\":1} are JSON, other text a string.",
        valueName: "path=value"))
    var assignments: [String] = []

    @Option(help: ArgumentHelp("Apply this RFC 7386 JSON merge patch to the body; - reads stdin.", valueName: "file"))
    var merge: String?

    @Option(help: ArgumentHelp("The time the event happens, ISO-8601 (default: now, or the seeded clock).", valueName: "time"),
            transform: InstantNotation.parse)
    var at: Date?

    static let seededClockText = "2026-01-01T12:00:00Z"
    private static let seededClock = Date(timeIntervalSince1970: 1_767_268_800)

    /// The overrides in the order they apply: the merge patch, then each --set.
    func overrides() throws(InputError) -> [BodyOverride] {
        var overrides: [BodyOverride] = []
        if let merge {
            overrides.append(try BodyOverride(mergePatch: InputFile.read(merge, flag: "--merge"), source: "--merge '\(merge)'"))
        }
        for assignment in assignments {
            overrides.append(try BodyOverride(assignment: assignment))
        }
        return overrides
    }

    /// The template for `event` with these options.
    func template(event: String) throws(InputError) -> EventTemplate {
        try EventTemplate(event: event, variant: variant, overrides: overrides())
    }

    /// The instance seed: --seed, or a fresh random one.
    var instanceSeed: UInt64 { seed ?? UInt64.random(in: .min ... .max) }

    /// The event's time: --at, the seeded clock with --seed, else now.
    var time: Date { at ?? (seed == nil ? Date() : Self.seededClock) }
}
