import Foundation
import Testing
@testable import YunoSimCore

/// Our bodies against the bodies Yuno publishes: every key path of an example exists in ours
/// with the same JSON type (CONTRACT §5 and `../shared/yuno/examples`).
@Suite struct PublishedExampleShapeTests {
    /// The envelope examples (the `v1` files are bare `payment` objects from the old API).
    static let exampleFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: BodyInspection.examplesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.contains("-v1-") }.sorted()
    }()

    @Test func theExamplesAreThere() {
        #expect(Self.exampleFiles.count >= 25)
    }

    @Test(arguments: exampleFiles)
    func ourBodyHasEveryPathOfThePublishedExample(file: String) throws {
        let url = BodyInspection.examplesDirectory.appendingPathComponent(file)
        let example = try JSONParser.parse(Array(try Data(contentsOf: url)), source: file)
        guard case .string(let type)? = example["type"], case .string(let typeEvent)? = example["type_event"] else {
            Issue.record("\(file) has no type/type_event")
            return
        }
        let name = typeEvent.contains(".") ? typeEvent : "\(type).\(typeEvent)"
        let ours = try BodyInspection.render(name).value
        #expect(BodyInspection.shapeDifferences(example: example, ours: ours) == [], "\(file)")
        guard case .object(let exampleEnvelope) = example, case .object(let ourEnvelope) = ours else { return }
        #expect(ourEnvelope.keys == exampleEnvelope.keys, "\(file): envelope keys in Yuno's order")
        #expect(ours["type_event"] == example["type_event"])
    }
}
