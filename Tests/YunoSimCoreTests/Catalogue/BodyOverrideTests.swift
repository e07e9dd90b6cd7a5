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

    /// A value spelled like the marker of a generated value would be rendered as that value.
    @Test func theGeneratedValueMarkerIsRefusedInOverrides() throws {
        #expect(throws: InputError.self) { try BodyOverride(assignment: "data.description=\u{F8FF}0") }
        #expect(throws: InputError.self) { try BodyOverride(assignment: #"data.tags=["a","x\#u{F8FF}1"]"#) }
        #expect(throws: InputError.self) {
            try BodyOverride(mergePatch: Array(#"{"data":{"note":"\#u{F8FF}2"}}"#.utf8), source: "--merge x")
        }
        // Other private-use text is left alone.
        #expect(try BodyOverride(assignment: "data.description=\u{F8FE}0") == .set(path: "data.description", value: .string("\u{F8FE}0")))
    }
}
