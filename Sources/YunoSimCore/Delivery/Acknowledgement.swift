/// Which HTTP answers count as "received".
public enum Acknowledgement: String, Sendable, Hashable, CaseIterable {
    /// Only HTTP 200, as Yuno does.
    case only200 = "200"
    /// Any 2xx status (an opt-in relaxation; Yuno itself retries 201, 202 and 204).
    case any2xx = "2xx"

    /// Whether `status` acknowledges a delivery.
    public func accepts(_ status: Int) -> Bool {
        switch self {
        case .only200: status == 200
        case .any2xx: (200...299).contains(status)
        }
    }

    /// The error that makes `response` a failed attempt, or `nil` when it is acknowledged.
    public func judge(_ response: TransportResponse) -> DeliveryError? {
        if let error = response.error { return error }
        guard let status = response.status else { return .receive("no HTTP status in the answer") }
        if accepts(status) { return nil }
        if (300...399).contains(status) { return .redirect(status) }
        return .httpStatus(status)
    }
}
