import Foundation
import Testing
import YunoSimCore

/// What goes on the wire to the token endpoint, per `client_auth` and `request_format`.
@Suite struct OAuth2TokenRequestTests {
    private func tokenRequest(_ edit: (inout OAuth2Configuration) -> Void) async throws -> DeliveryRequest {
        let transport = TokenEndpointTransport()
        var configuration = try OAuth2TokenProviderTests.configuration()
        edit(&configuration)
        let provider = OAuth2TokenProvider(configuration: configuration, transport: transport)
        _ = try await provider.token()
        return try #require(transport.tokenRequests.first)
    }

    private func header(_ name: String, in request: DeliveryRequest) -> String? {
        request.headers.first { $0.name == name }?.value
    }

    @Test func bodyClientAuthSendsTheCredentialsAsFormFields() async throws {
        let request = try await tokenRequest { $0.scope = "webhooks:write" }
        #expect(request.url == TokenEndpointTransport.tokenURL)
        #expect(header("Content-Type", in: request) == "application/x-www-form-urlencoded")
        #expect(String(decoding: request.body, as: UTF8.self)
            == "grant_type=client_credentials&client_id=client-7&client_secret=very-secret+value&scope=webhooks%3Awrite")
        #expect(header("Authorization", in: request) == nil)
        #expect(header(OAuth2Configuration.clientIDHeader, in: request) == nil)
    }

    @Test func basicClientAuthSendsTheCredentialsInASecretHeader() async throws {
        let request = try await tokenRequest { $0.clientAuthentication = .basic; $0.includeClientID = true }
        let basic = try #require(request.headers.first { $0.name == "Authorization" })
        #expect(basic.value == "Basic " + Data("client-7:very-secret+value".utf8).base64EncodedString())
        #expect(basic.isSecret)
        #expect(String(decoding: request.body, as: UTF8.self) == "grant_type=client_credentials")
        #expect(header(OAuth2Configuration.clientIDHeader, in: request) == "client-7")
    }

    @Test func jsonRequestFormatSendsAJSONObject() async throws {
        let request = try await tokenRequest { $0.requestFormat = .json; $0.grantType = "custom" }
        #expect(header("Content-Type", in: request) == "application/json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: String])
        #expect(object == ["grant_type": "custom", "client_id": "client-7", "client_secret": "very-secret value"])
    }

    @Test func expiresInIsReadAsANumberOrAString() throws {
        let body = #"{"access_token":"abc","token_type":"Bearer","expires_in":"120"}"#
        let token = try OAuth2Token(response: TransportResponse(status: 200, latency: .zero, bodyPrefix: Array(body.utf8)))
        #expect(token == OAuth2Token(accessToken: "abc", tokenType: "Bearer", expiresIn: .seconds(120)))
    }
}
