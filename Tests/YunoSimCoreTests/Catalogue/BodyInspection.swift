import Foundation
import Testing
@testable import YunoSimCore

/// Helpers to read rendered bodies back in tests.
enum BodyInspection {
    static let time = Date(timeIntervalSince1970: 1_767_268_800.123456)

    static func render(_ event: String, variant: String? = nil, seed: UInt64 = 42, retry: Int = 0,
                       overrides: [BodyOverride] = []) throws -> (bytes: [UInt8], value: JSONValue) {
        let template = try EventTemplate(event: event, variant: variant, overrides: overrides)
        let bytes = template.render(instanceSeed: seed, retry: retry, time: time)
        return (bytes, try JSONParser.parse(bytes))
    }

    /// Every key path with the JSON types found there; array elements share the path `a[]`.
    static func shape(_ value: JSONValue) -> [String: Set<String>] {
        var shape: [String: Set<String>] = [:]
        func walk(_ value: JSONValue, _ path: String) {
            shape[path, default: []].insert(value.typeName)
            switch value {
            case .object(let object): for (key, member) in object { walk(member, path + "." + key) }
            case .array(let elements): for element in elements { walk(element, path + "[]") }
            default: break
            }
        }
        walk(value, "")
        return shape
    }

    /// Paths of a published body (`published`: path to JSON types) that `ours` lacks or types
    /// differently. A null there only asks for the key; `raw_response` is the provider's own
    /// blob, so only its key counts.
    static func shapeDifferences(published: [String: Set<String>], ours: JSONValue) -> [String] {
        let ourShape = shape(ours)
        return published.keys.sorted().compactMap { path in
            if path.contains(".raw_response.") || path.contains(".raw_response[]") { return nil }
            guard let ourTypes = ourShape[path] else { return "missing \(path)" }
            if path.hasSuffix(".raw_response") { return nil }
            let absent = (published[path] ?? []).subtracting(["null"]).subtracting(ourTypes)
            return absent.isEmpty ? nil : "\(path): published \(absent.sorted()), ours \(ourTypes.sorted())"
        }
    }

    /// Every object in `value`, depth first.
    static func objects(in value: JSONValue) -> [JSONObject] {
        switch value {
        case .object(let object): [object] + object.values.flatMap(objects(in:))
        case .array(let elements): elements.flatMap(objects(in:))
        default: []
        }
    }

    static func isUUID(_ value: JSONValue?) -> Bool {
        guard case .string(let text)? = value else { return false }
        return text.count == 36 && UUID(uuidString: text) != nil && text == text.lowercased()
    }

    static func isTimestamp(_ text: String) -> Bool {
        text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z/) != nil
    }
}
