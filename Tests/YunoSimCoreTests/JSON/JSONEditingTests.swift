import Testing
@testable import YunoSimCore

@Suite struct JSONEditingTests {
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
        var value = try JSONParser.parse(target)
        value.mergePatch(try JSONParser.parse(patch))
        #expect(String(decoding: value.bytes, as: UTF8.self) == expected)
    }

    @Test func setCreatesMissingIntermediatesAndKeepsOrder() throws {
        var value: JSONValue = ["data": ["payment": ["id": "x", "amount": ["value": 1]]]]
        try value.set(path: "data.payment.amount.value", value: 99)
        try value.set(path: "data.payment.new.deep.key", value: "v")
        try value.set(path: "data.payment.id", value: nil)
        #expect(String(decoding: value.bytes, as: UTF8.self)
            == #"{"data":{"payment":{"id":null,"amount":{"value":99},"new":{"deep":{"key":"v"}}}}}"#)
    }

    @Test func setReplacesScalarsOnThePathAndIndexesArrays() throws {
        var value: JSONValue = ["a": nil, "list": [["x": 1], ["x": 2]]]
        try value.set(path: "a.b", value: true)
        try value.set(path: "list.1.x", value: 3)
        #expect(String(decoding: value.bytes, as: UTF8.self) == #"{"a":{"b":true},"list":[{"x":1},{"x":3}]}"#)
    }

    @Test(arguments: [
        ("list.2.x", "'list.2.x': there is no 2 in list: it is a list; index it from 0 to 1"),
        ("list.x", "'list.x': there is no x in list: it is a list; index it from 0 to 1"),
        ("a.empty.0", "'a.empty.0': there is no 0 in a.empty: it is an empty list"),
        ("list.+0.x", "'list.+0.x': there is no +0 in list: it is a list; index it from 0 to 1"),
        ("list.01.x", "'list.01.x': there is no 01 in list: it is a list; index it from 0 to 1"),
    ])
    func setNeverTurnsAListIntoAnObject(path: String, message: String) {
        var value: JSONValue = ["a": ["empty": []], "list": [["x": 1], ["x": 2]]]
        #expect(throws: InputError(message)) { try value.set(path: path, value: 3) }
    }

    @Test(arguments: ["", "a..b", ".a", "a."])
    func setRejectsMalformedPaths(path: String) {
        var value: JSONValue = [:]
        #expect(throws: InputError.self) { try value.set(path: path, value: 1) }
    }
}
