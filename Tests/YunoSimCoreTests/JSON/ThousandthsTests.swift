import Foundation
import Testing
@testable import YunoSimCore

/// The one rounding to three decimals, and the three styles its callers have always written.
@Suite struct ThousandthsTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let number: Double
        /// `check --json` and its JUnit: the rounded `Double` as Swift writes it.
        let check: String
        /// `report --json`: whole numbers without a fraction.
        let report: String
        /// The journal: whole numbers without a fraction, others with exactly three decimals.
        let journal: String
        var testDescription: String { "\(number)" }
    }

    @Test(arguments: [
        Row(number: 0, check: "0.0", report: "0", journal: "0"),
        Row(number: 2, check: "2.0", report: "2", journal: "2"),
        Row(number: 0.25, check: "0.25", report: "0.25", journal: "0.250"),
        Row(number: 1.2344, check: "1.234", report: "1.234", journal: "1.234"),
        Row(number: 1.2346, check: "1.235", report: "1.235", journal: "1.235"),
        Row(number: 0.0004, check: "0.0", report: "0", journal: "0"),
        Row(number: 0.0006, check: "0.001", report: "0.001", journal: "0.001"),
        Row(number: 1.9996, check: "2.0", report: "2", journal: "2"),
        Row(number: 12.05, check: "12.05", report: "12.05", journal: "12.050"),
        Row(number: -3.14159, check: "-3.142", report: "-3.142", journal: "-3.142"),
        Row(number: -0.5, check: "-0.5", report: "-0.5", journal: "-0.500"),
        Row(number: 86_400.5, check: "86400.5", report: "86400.5", journal: "86400.500"),
        Row(number: 999_999_999.999, check: "999999999.999", report: "999999999.999", journal: "999999999.999"),
        // Beyond a trillion the journal falls back to printf's three decimals.
        Row(number: 1e12, check: "1000000000000.0", report: "1000000000000", journal: "1000000000000.000"),
    ])
    func eachCallerKeepsItsStyle(row: Row) throws {
        let number = Thousandths(row.number)
        #expect(String(number.value) == row.check)
        #expect(String(decoding: number.json.bytes, as: UTF8.self) == row.report)

        var buffer: [UInt8] = []
        var line = JSONLine(appendingTo: &buffer)
        line.add("n", decimal: row.number)
        line.finish(into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "{\"n\":\(row.journal)}\n")

        // `report --json` lists each attempt as its journal line reads back, built without it.
        var object = JSONObject()
        object.add("n", decimal: row.number)
        #expect(try JSONParser.parse(buffer) == .object(object))
    }

    @Test(arguments: [(2.0, "2"), (12.3, "12.3"), (0.1, "0.1"), (1e15, "1000000000000000.0"), (-7.0, "-7")])
    func aWholeNumberIsWrittenWithoutAFraction(number: Double, text: String) {
        #expect(String(decoding: JSONValue(number: number).bytes, as: UTF8.self) == text)
    }
}
