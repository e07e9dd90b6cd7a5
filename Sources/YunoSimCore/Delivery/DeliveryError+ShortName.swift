extension DeliveryError {
    /// The error a journal names by `shortName`, for an attempt answered with `status` (if any).
    /// `nil` for a name this version does not know.
    public init?(shortName: String, status: Int?, detail: String? = nil) {
        guard let kind = Kind(rawValue: shortName) else { return nil }
        self.init(kind, status: status, detail: detail)
    }

    /// The error of `kind` for an attempt answered with `status` (if any); `detail` defaults
    /// to the short name, and HTTP kinds make their detail from the status.
    public init(_ kind: Kind, status: Int?, detail: String? = nil) {
        let detail = detail ?? kind.rawValue
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
