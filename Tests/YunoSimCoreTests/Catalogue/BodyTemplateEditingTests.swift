import Foundation
import Testing
@testable import YunoSimCore

@Suite struct BodyTemplateEditingTests {
    /// The compact JSON a template renders to; with slots, for instance seed 7 and retry 3.
    private func rendered(_ template: BodyTemplate) -> String {
        String(decoding: CompiledBody(template: template).render(seed: 7, retry: 3, time: Date(timeIntervalSince1970: 0)), as: UTF8.self)
    }

    // RFC 7386 Appendix A test cases.
    @Test(arguments: [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, #"null"#, #"null"#),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ])
    func mergePatchFollowsRFC7386(target: String, patch: String, expected: String) throws {
        var value = BodyTemplate(try JSONParser.parse(target))
        value.mergePatch(try JSONParser.parse(patch))
        #expect(rendered(value) == expected)
    }

    @Test func setCreatesMissingIntermediatesAndKeepsOrder() throws {
        var value: BodyTemplate = ["data": ["payment": ["id": "x", "amount": ["value": 1]]]]
        try value.set(path: "data.payment.amount.value", value: 99)
        try value.set(path: "data.payment.new.deep.key", value: "v")
        try value.set(path: "data.payment.id", value: nil)
        #expect(rendered(value) == #"{"data":{"payment":{"id":null,"amount":{"value":99},"new":{"deep":{"key":"v"}}}}}"#)
    }

    @Test func setReplacesScalarsOnThePathAndIndexesArrays() throws {
        var value: BodyTemplate = ["a": nil, "list": [["x": 1], ["x": 2]]]
        try value.set(path: "a.b", value: true)
        try value.set(path: "list.1.x", value: 3)
        #expect(rendered(value) == #"{"a":{"b":true},"list":[{"x":1},{"x":3}]}"#)
    }

    @Test(arguments: [
        ("list.2.x", "'list.2.x': there is no 2 in list: it is a list; index it from 0 to 1"),
        ("list.x", "'list.x': there is no x in list: it is a list; index it from 0 to 1"),
        ("a.empty.0", "'a.empty.0': there is no 0 in a.empty: it is an empty list"),
        ("list.+0.x", "'list.+0.x': there is no +0 in list: it is a list; index it from 0 to 1"),
        ("list.01.x", "'list.01.x': there is no 01 in list: it is a list; index it from 0 to 1"),
    ])
    func setNeverTurnsAListIntoAnObject(path: String, message: String) {
        var value: BodyTemplate = ["a": ["empty": []], "list": [["x": 1], ["x": 2]]]
        #expect(throws: InputError(message)) { try value.set(path: path, value: 3) }
    }

    @Test(arguments: ["", "a..b", ".a", "a."])
    func setRejectsMalformedPaths(path: String) {
        var value: BodyTemplate = [:]
        #expect(throws: InputError.self) { try value.set(path: path, value: 1) }
    }

    /// A slot is a value with no members: set or merged over, it is replaced; a path through
    /// it makes it an object, as through any other string.
    @Test func overridesReplaceSlotsWithFixedValues() throws {
        var value: BodyTemplate = ["id": .slot(.text([.digits(.order, count: 4)])), "retry": .slot(.retry), "n": .slot(.retry)]
        #expect(rendered(value).wholeMatch(of: /\{"id":"\d{4}","retry":3,"n":3\}/) != nil)
        try value.set(path: "id", value: "fixed")
        try value.set(path: "retry.deep", value: 1)
        value.mergePatch(["n": ["a": true]])
        #expect(rendered(value) == #"{"id":"fixed","retry":{"deep":1},"n":{"a":true}}"#)
    }

    /// Fixed text is sent as written, whatever it holds: no character stands for a slot.
    @Test func fixedTextIsNeverASlot() throws {
        var value: BodyTemplate = ["a": "\u{F8FF}0"]
        try value.set(path: "b", value: "\u{F8FF}1")
        value.mergePatch(["c": "\u{F8FF}2"])
        #expect(rendered(value) == "{\"a\":\"\u{F8FF}0\",\"b\":\"\u{F8FF}1\",\"c\":\"\u{F8FF}2\"}")
    }
}
