import Foundation
import Testing
import YunoSimCore

/// The examples in `scenarios/` parse without any environment variable set.
@Suite struct ShippedScenarioTests {
    private let parser = ScenarioParser(environment: [:])

    @Test func everyShippedScenarioParsesAndIsSelfContained() throws {
        let files = try ScenarioTestSupport.shippedScenarios()
        #expect(files.count >= 5)
        for file in files {
            do {
                let scenario = try parser.parse(contentsOf: file.path)
                #expect(scenario.merchant != nil, "\(file.lastPathComponent) runs without the built-in merchant")
                #expect(!scenario.events.isEmpty)
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func everyEventScenarioSendsEveryKnownEvent() throws {
        let path = ScenarioTestSupport.packageRoot.appendingPathComponent("scenarios/every-event.yaml").path
        let scenario = try parser.parse(contentsOf: path)
        #expect(Set(scenario.events.map(\.event.typeEvent)) == EventCatalogue.yuno.names)
    }

    @Test func retryDrillsExpectWhatTheirMerchantDoes() throws {
        let root = ScenarioTestSupport.packageRoot.appendingPathComponent("scenarios")
        let recovers = try parser.parse(contentsOf: root.appendingPathComponent("retry-recovers.yaml").path)
        #expect(recovers.merchant?.failBelowRetry == 3)
        #expect(recovers.expectations.allSatisfy { $0.delivered == true && $0.attempt == 4 })
        let exhausted = try parser.parse(contentsOf: root.appendingPathComponent("retry-exhausted.yaml").path)
        #expect(exhausted.merchant?.status == 500)
        #expect(!exhausted.expectations.isEmpty && exhausted.expectations.allSatisfy { $0.delivered == false })
    }
}
