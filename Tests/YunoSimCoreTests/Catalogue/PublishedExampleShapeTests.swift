import Foundation
import Testing
@testable import YunoSimCore

/// Our bodies against the bodies Yuno publishes (CONTRACT §5): every key path of a published
/// example exists in ours with the same JSON type, and the envelope keys come in Yuno's order.
/// The published paths and types are the project's own fixture, `Fixtures/published-shapes.json`.
@Suite struct PublishedExampleShapeTests {
    /// One published body: its event, envelope key order and key paths with their JSON types.
    struct PublishedShape: Sendable, CustomTestStringConvertible {
        var source: String
        var event: String
        var typeEvent: String
        var envelopeKeys: [String]
        var paths: [String: Set<String>]

        var testDescription: String { source }
    }

    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/published-shapes.json")

    static let shapes: [PublishedShape] = (try? loadShapes()) ?? []

    static func loadShapes() throws -> [PublishedShape] {
        let document = try JSONParser.parse(Array(try Data(contentsOf: fixture)), source: fixture.path)
        guard case .array(let bodies)? = document["bodies"] else { return [] }
        return bodies.compactMap { body in
            guard case .string(let source)? = body["published_as"], case .string(let event)? = body["event"],
                  case .string(let typeEvent)? = body["type_event"], case .array(let keys)? = body["envelope_keys"],
                  case .object(let paths)? = body["paths"] else { return nil }
            return PublishedShape(
                source: source, event: event, typeEvent: typeEvent,
                envelopeKeys: keys.compactMap { if case .string(let key) = $0 { key } else { nil } },
                paths: Dictionary(uniqueKeysWithValues: paths.map { path, types in
                    let names: [String] = if case .array(let list) = types {
                        list.compactMap { if case .string(let name) = $0 { name } else { nil } }
                    } else { [] }
                    return (path, Set(names))
                })
            )
        }
    }

    @Test func theFixtureHoldsEveryPublishedEnvelope() throws {
        #expect(try Self.loadShapes().count >= 25)
        #expect(Self.shapes.allSatisfy { !$0.paths.isEmpty && !$0.envelopeKeys.isEmpty })
    }

    @Test(arguments: shapes)
    func ourBodyHasEveryPathOfThePublishedExample(published: PublishedShape) throws {
        let ours = try BodyInspection.render(published.event).value
        #expect(BodyInspection.shapeDifferences(published: published.paths, ours: ours) == [], "\(published.source)")
        guard case .object(let ourEnvelope) = ours else {
            Issue.record("\(published.source): our body is not an object")
            return
        }
        #expect(ourEnvelope.keys == published.envelopeKeys, "\(published.source): envelope keys in Yuno's order")
        #expect(ours["type_event"] == .string(published.typeEvent))
    }
}
