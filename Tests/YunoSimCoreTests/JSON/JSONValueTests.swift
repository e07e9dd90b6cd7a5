import Foundation
import Testing
@testable import YunoSimCore

@Suite struct JSONValueTests {
    @Test func parsesAndWritesBackKeepingKeyOrder() throws {
        let text = #"{"z":1,"a":[true,false,null],"m":{"y":"x","b":-2.5},"e":"q\"\\\n\u00e9\ud83d\ude00"}"#
        let value = try JSONParser.parse(text)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["z", "a", "m", "e"])
        #expect(value["m"]?["b"] == .double(-2.5))
        #expect(value["e"] == .string("q\"\\\né😀"))
        #expect(try JSONParser.parse(value.bytes) == value)
    }

    @Test func writesIntegersAndDoublesAsJSONNumbers() {
        let value: JSONValue = [0, -7, 1458, 24.9, 9_223_372_036_854_775_807]
        #expect(String(decoding: value.bytes, as: UTF8.self) == "[0,-7,1458,24.9,9223372036854775807]")
    }

    @Test func escapesControlCharacters() throws {
        let value = JSONValue.string("a\u{01}b\tc")
        let text = String(decoding: value.bytes, as: UTF8.self)
        #expect(text == #""a\u0001b\tc""#)
        #expect(try JSONParser.parse(text) == value)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "tru", "\"abc", "1 2", "{\"a\":1,}", "-", "\"\\x\"", "\"a\u{01}b\"", "\"ab\\"])
    func rejectsInvalidJSON(text: String) {
        #expect(throws: InputError.self) { try JSONParser.parse(text) }
    }

    @Test func prettyTextIsIndentedAndParsesBack() throws {
        let value: JSONValue = ["a": [1, ["b": nil]], "c": [:], "d": []]
        let expected = """
            {
              "a": [
                1,
                {
                  "b": null
                }
              ],
              "c": {},
              "d": []
            }

            """
        #expect(value.prettyText == expected)
        #expect(try JSONParser.parse(value.prettyText) == value)
    }

    @Test func anObjectOfTenThousandKeysKeepsOrderAndLooksUpByKey() throws {
        // Shuffled by a fixed permutation, so the order kept is not the keys' sorted order.
        let keys = (0..<10_000).map { "k\(($0 * 7_919) % 10_000)" }
        var object = JSONObject()
        for (index, key) in keys.enumerated() { object[key] = .integer(Int64(index)) }
        #expect(object.count == 10_000)
        #expect(object.keys == keys)
        #expect(object.values == (0..<10_000).map { JSONValue.integer(Int64($0)) })
        for (index, key) in keys.enumerated() { #expect(object[key] == .integer(Int64(index))) }
        #expect(object["k10000"] == nil)

        // Setting an existing key keeps its place; removing one closes the gap.
        object[keys[0]] = "first"
        object[keys[5_000]] = nil
        #expect(object.count == 9_999)
        #expect(object.keys.first == keys[0] && object[keys[0]] == "first")
        #expect(object.keys[5_000] == keys[5_001])
        #expect(Array(object.map(\.0)) == object.keys)

        let text = JSONValue.object(object).bytes
        guard case .object(let parsed) = try JSONParser.parse(text) else { Issue.record("not an object"); return }
        #expect(parsed == object)
    }

    @Test func aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue() {
        let object = JSONObject([("b", 1), ("a", 2), ("b", 3)])
        #expect(object.keys == ["b", "a"])
        #expect(object["b"] == 3)
        #expect(object != JSONObject([("a", 2), ("b", 3)]))
    }
}
