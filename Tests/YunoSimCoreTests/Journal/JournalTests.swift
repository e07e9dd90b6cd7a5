import Foundation
import Testing
import YunoSimCore
import YunoSimTesting

@Suite struct JournalTests {
    static let keys: Set<String> = [
        "event_id", "type_event", "attempt", "retry", "planned_offset_s", "virtual_offset_s",
        "scenario_time_s", "virtual_time", "wall_time", "url", "status", "outcome", "error", "error_detail",
        "latency_ms", "signature",
    ]

    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString).jsonl").path
    }

    private func lines(at path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func aFailedAttemptWithoutAnswerIsOneValidLine() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try Journal(path: path)
        let record = AttemptRecord(
            eventID: "odd \"id\"\n\\\t\r\u{01}\u{1F} é", typeEvent: "payment.purchase", attempt: 2, retry: 1,
            plannedOffset: .seconds(300), virtualOffset: .milliseconds(300_250), scenarioTime: .seconds(310),
            virtualTime: Date(timeIntervalSince1970: 1_772_366_710), wallTime: Date(timeIntervalSince1970: 1_700_000_000.5),
            url: "http://127.0.0.1:8080/webhooks/yuno", status: nil, error: .timeout("no answer in 7s"),
            latency: .milliseconds(7_000), signature: nil
        )
        try journal.write(record)
        try journal.flush()
        let objects = try lines(at: path)
        #expect(objects.count == 1)
        let object = objects[0]
        #expect(Set(object.keys) == Self.keys)
        #expect(object["event_id"] as? String == "odd \"id\"\n\\\t\r\u{01}\u{1F} é")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#""event_id":"odd \"id\"\n\\\t\r\u0001\u001f é","#))
        #expect(object["status"] is NSNull)
        #expect(object["signature"] is NSNull)
        #expect(object["outcome"] as? String == "failed")
        #expect(object["error"] as? String == "timeout")
        #expect((object["virtual_offset_s"] as? NSNumber)?.doubleValue == 300.25)
        #expect((object["planned_offset_s"] as? NSNumber)?.intValue == 300)
        #expect((object["latency_ms"] as? NSNumber)?.intValue == 7_000)
        #expect(object["virtual_time"] as? String == "2026-03-01T12:05:10.000Z")
        #expect(object["wall_time"] as? String == "2023-11-14T22:13:20.500Z")
    }

    @Test(arguments: [
        DeliveryError.oauth2Token("token endpoint answered HTTP 401"), .connect("Connection refused"),
        .dns("Could not resolve host: nowhere.invalid"), .timeout("no answer in 7s"), .httpStatus(500), .redirect(302),
    ])
    func everyErrorKindReadsBackWithItsDetail(error: DeliveryError) throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try Journal(path: path)
        let status: Int? = error.kind == .httpStatus ? 500 : error.kind == .redirect ? 302 : nil
        try journal.write(AttemptRecord(
            eventID: "e", typeEvent: "payment.purchase", attempt: 1, retry: 0,
            plannedOffset: .zero, virtualOffset: .zero, scenarioTime: .zero, virtualTime: Date(timeIntervalSince1970: 0),
            wallTime: Date(timeIntervalSince1970: 0), url: "http://127.0.0.1:8080/", status: status, error: error,
            latency: .zero, signature: nil
        ))
        try journal.flush()
        let line = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .newlines)
        let record = try AttemptRecord(journalLine: try JSONParser.parse(line))
        #expect(record.error?.description == error.description)
    }

    @Test func aRunWritesOneLinePerAttemptWithSignaturesAndNoSecrets() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let credentials = EndpointCredentials(apiKey: "api-key-3141", secret: "x-secret-2718", hmacSecret: "hmac-secret-1618")
        let transport = InMemoryTransport { _, retry in retry < 2 ? 503 : 200 }
        let events = [try ScheduledEvent(id: "purchase-1", event: EventName("payment.purchase"))]
        let runner = DeliveryRunner(
            configuration: try RunConfiguration(),
            deliverer: WebhookDeliverer(
                endpoint: Endpoint(url: try WebhookURL("http://127.0.0.1:9/hook"), credentials: credentials),
                transport: transport
            ),
            render: try DeliveryRunner.catalogueBodies(for: events, seed: 7)
        )
        let journal = try Journal(path: path)
        _ = try await runner.run(events, journal: journal)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        for secret in credentials.secretValues {
            #expect(!text.contains(secret))
        }
        let objects = try lines(at: path)
        #expect(objects.count == 3)
        #expect(objects.allSatisfy { Set($0.keys) == Self.keys })
        #expect(objects.map { $0["outcome"] as? String } == ["failed", "failed", "delivered"])
        #expect(objects.map { ($0["status"] as? NSNumber)?.intValue } == [503, 503, 200])
        #expect(objects.map { $0["error"] as? String } == ["http_status", "http_status", nil])
        #expect(objects.map { ($0["attempt"] as? NSNumber)?.intValue } == [1, 2, 3])
        #expect(objects.map { ($0["planned_offset_s"] as? NSNumber)?.intValue } == [0, 300, 3_000])
        // Each signature is the one sent with that attempt's body.
        let signer = WebhookSigner(hmacSecret: "hmac-secret-1618")
        for (object, received) in zip(objects, transport.received) {
            let signature = try #require(object["signature"] as? String)
            #expect(signer.isValid(signature: signature, for: received.request.body))
        }
    }

    private func record(_ number: Int) -> AttemptRecord {
        AttemptRecord(
            eventID: "purchase-\(number)", typeEvent: "payment.purchase", attempt: 1, retry: 0,
            plannedOffset: .zero, virtualOffset: .zero, scenarioTime: .zero,
            virtualTime: Date(timeIntervalSince1970: 1_772_366_400), wallTime: Date(timeIntervalSince1970: 1_772_366_400),
            url: "http://127.0.0.1:8080/webhooks/yuno", status: 200, error: nil,
            latency: .milliseconds(1), signature: "c2lnbmF0dXJl"
        )
    }

    @Test func aGatheredLineReachesTheFileWithoutAFlush() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try Journal(path: path)
        try journal.write(record(1))
        // The background flush is due 100 ms after the line; wait for the file itself.
        let deadline = ContinuousClock.now + .seconds(30)
        while (try? lines(at: path).count) != 1, ContinuousClock.now < deadline {
            await Task.yield()
        }
        #expect(try lines(at: path).map { $0["event_id"] as? String } == ["purchase-1"])
        withExtendedLifetime(journal) {}
    }

    /// One timer serves every line gathered while it is pending; once it has fired, the next
    /// line arms another, also after a full block was written.
    @Test func linesKeepReachingTheFileAfterATimerFiredAndAfterAFullBlock() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try Journal(path: path, flushDelay: .milliseconds(50))
        func waitForLines(_ count: Int) async {
            let deadline = ContinuousClock.now + .seconds(30)
            while (try? lines(at: path).count) != count, ContinuousClock.now < deadline {
                await Task.yield()
            }
        }
        try journal.write(record(1))
        await waitForLines(1)
        var count = 1
        // Past a block: the write that fills it writes everything so far.
        let written = try lines(at: path).count
        while try lines(at: path).count == written {
            count += 1
            try journal.write(record(count))
        }
        count += 1
        try journal.write(record(count))
        await waitForLines(count)
        #expect(try lines(at: path).count == count)
        withExtendedLifetime(journal) {}
    }

    @Test func aFullBlockIsWrittenAtOnceAndTheRestWhenTheJournalIsReleased() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var count = 0
        do {
            // No background flush during the test: only the block size and the release write.
            let journal = try Journal(path: path, flushDelay: .seconds(3_600))
            var size = 0
            while size + Journal.line(for: record(count + 1), redact: .none).count < 64 * 1024 {
                count += 1
                size += Journal.line(for: record(count), redact: .none).count
                try journal.write(record(count))
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8).isEmpty)
            count += 1
            try journal.write(record(count))
            // The write that filled the block wrote every line so far.
            #expect(try lines(at: path).count == count)
            try journal.write(record(count + 1))
            count += 1
        }
        #expect(try lines(at: path).map { $0["event_id"] as? String } == (1...count).map { "purchase-\($0)" })
    }

    @Test func anUnwritablePathIsAJournalError() {
        #expect(throws: JournalError.self) { try Journal(path: "/nonexistent-dir/journal.jsonl") }
    }
}
