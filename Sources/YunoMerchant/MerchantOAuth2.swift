/// The reference merchant as an OAuth2 token endpoint: which client it accepts, how long its
/// tokens live and where deliveries carry them.
public struct MerchantOAuth2: Sendable {
    public var clientID: String
    /// Never printed.
    public var clientSecret: String
    /// `expires_in` of issued tokens; a token is refused once it has passed.
    public var tokenTTL: Duration
    /// The delivery header that must carry `Bearer <token>`.
    public var authorizationName: String
    /// Path of the token endpoint.
    public var path: String

    /// `/oauth/token`.
    public static let defaultPath = "/oauth/token"

    public init(
        clientID: String,
        clientSecret: String,
        tokenTTL: Duration = .seconds(3_600),
        authorizationName: String = "Authorization",
        path: String = MerchantOAuth2.defaultPath
    ) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.tokenTTL = tokenTTL
        self.authorizationName = authorizationName
        self.path = path
    }
}
