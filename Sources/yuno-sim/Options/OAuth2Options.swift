import ArgumentParser
import YunoSimCore
import YunoSimRun

/// OAuth2 client-credentials tokens for deliveries, named after Yuno's `oauth2_*` fields.
/// Given `--oauth2-url`, every delivery first gets a token there and sends it as
/// `Bearer <token>`. The client secret falls back to `$YUNO_OAUTH2_CLIENT_SECRET`.
struct OAuth2Options: ParsableArguments {
    @Option(name: .customLong("oauth2-url"), help: ArgumentHelp("The merchant's token endpoint (oauth2_authentication_url).", valueName: "url"),
            transform: ArgumentTransforms.url)
    var url: WebhookURL?

    @Option(name: .customLong("oauth2-client-id"), help: ArgumentHelp("OAuth2 client id.", valueName: "id"))
    var clientID: String?

    @Option(name: .customLong("oauth2-client-secret"), help: ArgumentHelp(
        "OAuth2 client secret (default: $YUNO_OAUTH2_CLIENT_SECRET).", valueName: "secret"))
    var clientSecret: String?

    @Option(name: .customLong("oauth2-scope"), help: ArgumentHelp("Scope to ask for; none by default.", valueName: "scope"))
    var scope: String?

    @Option(name: .customLong("oauth2-grant-type"), help: ArgumentHelp("grant_type of the token request.", valueName: "type"))
    var grantType = "client_credentials"

    @Option(name: .customLong("oauth2-authorization-name"), help: ArgumentHelp(
        "Delivery header that carries the token.", valueName: "header"))
    var authorizationName = "Authorization"

    @Flag(name: .customLong("oauth2-include-client-id"), help: "Also send the client id as x-client-id on the token request.")
    var includeClientID = false

    @Option(name: .customLong("oauth2-client-auth"), help: ArgumentHelp(
        "How client credentials travel: body or basic.", valueName: "how"), transform: ArgumentTransforms.choice)
    var clientAuth: OAuth2Configuration.ClientAuthentication = .body

    @Option(name: .customLong("oauth2-request-format"), help: ArgumentHelp(
        "Token request body: form or json.", valueName: "format"), transform: ArgumentTransforms.choice)
    var requestFormat: OAuth2Configuration.RequestFormat = .form

    func validate() throws {
        if url == nil, clientID != nil || clientSecret != nil || scope != nil {
            throw ValidationError("--oauth2-client-id, --oauth2-client-secret and --oauth2-scope need --oauth2-url")
        }
        if url != nil, clientID == nil {
            throw ValidationError("--oauth2-url needs --oauth2-client-id")
        }
        if let clientID, let problem = HTTPHeader.problem(withValue: clientID) {
            throw ValidationError("--oauth2-client-id \(problem)")
        }
        if let problem = OAuth2Configuration.problem(withAuthorizationName: authorizationName) {
            throw ValidationError("--oauth2-authorization-name \(problem)")
        }
    }

    /// The configuration, or `nil` without `--oauth2-url`.
    func resolved() throws -> OAuth2Configuration? {
        guard let url, let clientID else { return nil }
        guard let secret = CommandLineSecrets.value(clientSecret, orVariable: "YUNO_OAUTH2_CLIENT_SECRET") else {
            throw ValidationError("--oauth2-url needs --oauth2-client-secret or $YUNO_OAUTH2_CLIENT_SECRET")
        }
        return OAuth2Configuration(
            authenticationURL: url, clientID: clientID, clientSecret: secret, grantType: grantType, scope: scope,
            authorizationName: authorizationName, includeClientID: includeClientID,
            clientAuthentication: clientAuth, requestFormat: requestFormat
        )
    }
}
