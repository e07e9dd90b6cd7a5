import Testing
@testable import YunoSimCore

@Suite struct BodyOverrideTests {
    @Test(arguments: [
        ("a.b=99", JSONValue.integer(99)),
        ("a.b=99.5", .double(99.5)),
        ("a.b=true", .bool(true)),
        ("a.b=null", .null),
        (#"a.b="99""#, .string("99")),
        ("a.b=SUCCEEDED", .string("SUCCEEDED")),
        ("a.b=two words", .string("two words")),
        ("a.b=", .string("")),
        ("a.b=x=y", .string("x=y")),
        (#"a.b={"c":[1]}"#, ["c": [1]] as JSONValue),
    ])
    func setValuesAreJSONOrElseText(assignment: String, expected: JSONValue) throws {
        #expect(try BodyOverride(assignment: assignment) == .set(path: "a.b", value: expected))
    }

    @Test(arguments: ["a.b={oops", "a.b=[1,2", "a.b= " + String(repeating: "[", count: 5_000)])
    func textThatStartsLikeAListOrObjectMustBeJSON(assignment: String) {
        #expect(throws: InputError.self) { try BodyOverride(assignment: assignment) }
        #expect((try? BodyOverride(assignment: "a.b=\"{oops\"")) == .set(path: "a.b", value: .string("{oops")))
    }

    @Test(arguments: ["novalue", "=5", "a..b=1"])
    func malformedAssignmentsAreInputErrors(assignment: String) {
        #expect(throws: InputError.self) { try BodyOverride(assignment: assignment) }
    }

    @Test func mergePatchMustBeJSON() {
        #expect(throws: InputError.self) { try BodyOverride(mergePatch: Array("{oops".utf8), source: "--merge x") }
    }

    /// No character is reserved for generated values: U+F8FF in a `--set` or `--merge` value is
    /// sent exactly as given.
    @Test func anyTextLandsInTheBodyAsWritten() throws {
        let overrides = [
            try BodyOverride(assignment: "data.payment.description=\u{F8FF}0"),
            try BodyOverride(assignment: #"data.payment.tags=["a","x\#u{F8FF}1"]"#),
            try BodyOverride(mergePatch: Array(#"{"data":{"payment":{"note":"\#u{F8FF}2"}}}"#.utf8), source: "--merge x"),
            try BodyOverride(assignment: "data.payment.other=\u{F8FE}0"),
        ]
        #expect(overrides[0] == .set(path: "data.payment.description", value: .string("\u{F8FF}0")))
        let body = String(decoding: try BodyInspection.render("payment.purchase", overrides: overrides).bytes, as: UTF8.self)
        for written in [#""description":"\#u{F8FF}0""#, #""tags":["a","x\#u{F8FF}1"]"#, #""note":"\#u{F8FF}2""#, #""other":"\#u{F8FE}0""#] {
            #expect(body.contains(written))
        }
    }
}
