/// How one probe of `yuno-sim check` came out.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// The endpoint behaves as Yuno expects.
    case pass = "PASS"
    /// Yuno can live with it, but the merchant should look.
    case warn = "WARN"
    /// Yuno would not count deliveries as received, or the endpoint accepts forgeries.
    case fail = "FAIL"
    /// Not probed: a credential it needs is not configured, or `--events` leaves its events out.
    case skip = "SKIP"
}
