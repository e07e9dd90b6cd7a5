import Foundation
import YunoMerchant
import YunoSimCore

/// One scenario, checked and ready to run: its events, bodies, settings and where it delivers.
/// Everything that can be wrong with the input is found here, before anything is sent.
struct ScenarioPlan {
    let path: String
    let scenario: Scenario
    private let events: [ScheduledEvent]
    private let render: BodyRenderer
    private let configuration: RunConfiguration
    private let destination: Destination

    private enum Destination {
        case url(WebhookURL)
        case builtInMerchant(MerchantConfiguration)
    }

    init(path: String, scenario: Scenario, settings: ScenarioRun.Settings) throws(InputError) {
        self.path = path
        self.scenario = scenario
        self.events = try scenario.scheduledEvents()
        let seed = settings.seed ?? UInt64.random(in: .min ... .max)
        let templates = try scenario.bodyTemplates(accountID: Scenario.accountID(seed: seed))
        self.render = DeliveryRunner.catalogueBodies(templates: templates, seed: seed)
        self.configuration = try scenario.runConfiguration(clock: settings.clock, concurrency: settings.transport.concurrency)
        if settings.target == nil, let merchant = MerchantConfiguration(scenario: scenario) {
            destination = .builtInMerchant(merchant)
        } else if let url = settings.target ?? scenario.endpoint.url {
            destination = .url(url)
        } else {
            throw InputError("\(path): no endpoint to deliver to; set endpoint.url, add `merchant:` or pass --target URL")
        }
        if case .url = destination, let oauth2 = scenario.endpoint.oauth2, oauth2.authenticationURL == nil {
            throw InputError("\(path): endpoint.oauth2 needs authentication_url when the built-in merchant does not run")
        }
    }

    /// Runs the scenario, starting the built-in merchant for it when it has one.
    func execute(transport: any Transport, context: RunContext) async throws -> ScenarioReport {
        switch destination {
        case .url(let url):
            return try await deliver(to: url, tokenURL: nil, transport: transport, context: context)
        case .builtInMerchant(let configuration):
            let merchant = ReferenceMerchant(configuration: configuration)
            return try await merchant.withRunning { url in
                // The merchant plays the token endpoint too when the scenario names none.
                let tokenURL = try WebhookURL(merchant.tokenURL(deliveryURL: url))
                return try await deliver(to: try WebhookURL(url), tokenURL: tokenURL, transport: transport, context: context)
            }
        }
    }

    private func deliver(
        to url: WebhookURL, tokenURL: WebhookURL?, transport: any Transport, context: RunContext
    ) async throws -> ScenarioReport {
        // Only the built-in merchant supplies a token URL.
        let builtIn = tokenURL != nil
        guard let endpoint = scenario.endpoint.endpoint(url: url, tokenURL: tokenURL) else {
            throw InputError("\(path): no endpoint to deliver to")
        }
        var configuration = self.configuration
        let start = configuration.start ?? Date()
        configuration.start = start
        let record = ScenarioRecord(
            name: scenario.name, path: path, url: url.absoluteString, builtInMerchant: builtIn,
            clock: configuration.clock, start: start, schedule: configuration.schedule,
            events: events, expectations: scenario.expectations
        )
        context.output.write(TextReport.heading(record, redact: context.redactor))
        try context.journal?.writeStart(of: record)
        let runner = DeliveryRunner(
            configuration: configuration,
            deliverer: WebhookDeliverer(endpoint: endpoint, transport: transport),
            render: render
        )
        let recorder = RunRecorder(scenario: record, keepsAttempts: context.keepsAttempts)
        let scheduled = self.events
        let result = try await context.progress.during(recorder, clock: configuration.clock) {
            try await context.interruption.cancellable {
                try await runner.run(scheduled, journal: context.journal) { recorder.record($0) }
            }
        }
        try context.journal?.writeEnd(of: result)
        return ScenarioReport(scenario: record, result: result, recorder: recorder)
    }
}
