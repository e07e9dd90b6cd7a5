extension DeliveryError {
    /// The error a journal names by `shortName`, for an attempt answered with `status` (if any).
    /// `nil` for a name this version does not know.
    public init?(shortName: String, status: Int?, detail: String? = nil) {
        guard let kind = Kind(rawValue: shortName) else { return nil }
        let detail = detail ?? shortName
        switch kind {
        case .dns: self = .dns(detail)
        case .connect: self = .connect(detail)
        case .timeout: self = .timeout(detail)
        case .tls: self = .tls(detail)
        case .send: self = .send(detail)
        case .receive: self = .receive(detail)
        case .httpStatus: self = .httpStatus(status ?? 0)
        case .redirect: self = .redirect(status ?? 0)
        case .oauth2Token: self = .oauth2Token(detail)
        }
    }
}
