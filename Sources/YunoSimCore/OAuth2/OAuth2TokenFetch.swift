/// The token request of an ``OAuth2TokenProvider`` as a transport job: its answer resolves
/// everyone waiting for the token, on the transport's thread.
final class OAuth2TokenFetch: TransportJob {
    private let provider: OAuth2TokenProvider

    init(provider: OAuth2TokenProvider) {
        self.provider = provider
    }

    func makeRequest(next: inout [any TransportJob]) -> DeliveryRequest? {
        guard let url = provider.configuration.authenticationURL else {
            provider.resolve(.failure(.oauth2Token("no authentication_url is configured")), next: &next)
            return nil
        }
        return OAuth2TokenRequest.make(provider.configuration, url: url, timeouts: provider.timeouts)
    }

    func finish(_ response: TransportResponse, next: inout [any TransportJob]) {
        let result: Result<OAuth2Token, DeliveryError>
        do {
            result = .success(try OAuth2Token(response: response))
        } catch {
            result = .failure(error)
        }
        provider.resolve(result, next: &next)
    }
}
