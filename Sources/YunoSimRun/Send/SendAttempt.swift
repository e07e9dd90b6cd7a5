import YunoCurl
import YunoSimCore

/// `send`: one signed delivery attempt of a body, reported for people or as one JSON object.
public struct SendAttempt: Sendable {
    public let event: EventName
    public let endpoint: Endpoint
    public let body: [UInt8]
    /// The retry the body was made for, used when the body names none.
    public let retry: Int

    public init(event: EventName, endpoint: Endpoint, body: [UInt8], retry: Int) {
        self.event = event
        self.endpoint = endpoint
        self.body = body
        self.retry = retry
    }

    /// Sends the body once, prints the result to `output` and says whether it was received.
    public func run(
        transport: CurlTransport.Configuration, json: Bool, output: FileOutput = .standardOutput
    ) async throws -> RunOutcome {
        // What the body says, whatever set it (--retry, --set, --merge, --data), picks the
        // timeout and is what the report shows.
        let sentRetry = Self.retryField(of: body)
        var transport = transport
        transport.concurrency = 1
        let result = try await withCurlTransport(transport) { transport in
            await WebhookDeliverer(endpoint: endpoint, transport: transport).deliver(body: body, retry: sentRetry ?? retry)
        }
        let report = SendReport(event: event, url: endpoint.url, retry: sentRetry, result: result,
                                redact: Redactor(secrets: endpoint.secretValues))
        output.line(json ? report.json() : report.text())
        return result.isAcknowledged ? .passed : .failed
    }

    /// The body's top-level `retry` number, when it is a JSON object that has one.
    static func retryField(of body: [UInt8]) -> Int? {
        guard case .integer(let number)? = (try? JSONParser.parse(body))?["retry"] else { return nil }
        return Int(exactly: number)
    }
}
