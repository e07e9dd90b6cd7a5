extension DeliveryError {
    /// The error a journal names by `shortName`, for an attempt answered with `status` (if any).
    /// `nil` for a name this version does not know.
    public init?(shortName: String, status: Int?, detail: String? = nil) {
        guard let kind = Kind(rawValue: shortName) else { return nil }
        switch kind {
        case .httpStatus: self = .httpStatus(status ?? 0)
        case .redirect: self = .redirect(status ?? 0)
        default: self.init(kind, detail ?? shortName)
        }
    }
}
