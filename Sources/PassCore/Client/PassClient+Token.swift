import AsyncHTTPClient
import Foundation
import NIOCore

extension PassClient {
    /// The bearer token for a request needing `scopes`: the given one, a
    /// cached one, or a new one from the client-credentials grant.
    func accessToken(scopes: [String], onRetry: RetryObserver? = nil) async throws(ClientError) -> Secret? {
        switch endpoint.authentication {
        case .none: return nil
        case .token(let token): return token
        case .clientCredentials(let credentials):
            let key = scopes.sorted().joined(separator: " ")
            if let cached = await tokens.token(for: key, now: now()) { return cached }
            return try await grant(credentials, scope: key, onRetry: onRetry)
        }
    }

    /// Obtains (or reuses) the token a request needing `scopes` will carry,
    /// so a caller can show "authenticating" as its own step. Does nothing
    /// for endpoints with a given token or none.
    /// `onRetry` is told of each failed attempt of the grant before the wait for the next.
    public func authenticate(scopes: [String], onRetry: RetryObserver? = nil) async throws(ClientError) {
        _ = try await accessToken(scopes: scopes, onRetry: onRetry)
    }

    /// When the token for `scopes` will be refreshed; nil when none is cached.
    public func tokenRefreshTime(scopes: [String] = []) async -> Date? {
        await tokens.refreshTime(for: scopes.sorted().joined(separator: " "))
    }

    /// The OAuth 2.0 client-credentials grant [docs], retried like any call.
    private func grant(_ credentials: Endpoint.ClientCredentials, scope: String,
                       onRetry: RetryObserver?) async throws(ClientError) -> Secret {
        var form = [("grant_type", "client_credentials"), ("client_id", credentials.clientID),
                    ("client_secret", credentials.clientSecret.reveal())]
        if !scope.isEmpty { form.append(("scope", scope)) }
        var request = HTTPClientRequest(url: credentials.tokenURL)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "Accept", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: Array(PercentEncoding.form(form).utf8)))
        let answer = try await withRetries(onRetry: onRetry) { attempt throws(ClientError) in
            let answer: HTTPAnswer
            switch try await exchange(request, attempt: attempt, limit: 64 * 1024) {
            case .answer(let received): answer = received
            case .failed(let cause): return .retry(cause: "token endpoint: " + cause, retryAfter: nil)
            }
            if answer.isSuccess { return .done(answer) }
            let value = try? JSONParser.parse(answer.body)
            let code = value?["error"]?.stringValue
            let detail = value?["error_description"]?.stringValue.map(Redaction.text)
            let said = [code, detail].compactMap { $0 }.joined(separator: ": ")
            switch answer.status {
            case 429, 500...599:
                return .retry(cause: "token endpoint: HTTP \(answer.status)", retryAfter: answer.retryAfter(now: now()))
            case 400 where code == "invalid_scope", 403:
                throw .forbidden("the client may not ask for \(scope.isEmpty ? "these scopes" : scope)" + (said.isEmpty ? "" : " (\(said))"))
            default:
                throw .unauthorized("the token endpoint refused client id \(credentials.clientID)"
                                    + (said.isEmpty ? " (HTTP \(answer.status))" : " (\(said))")
                                    + "; check client_id and client_secret")
            }
        }
        let value = try? JSONParser.parse(answer.body)
        guard let token = value?["access_token"]?.stringValue, !token.isEmpty else {
            throw .badResponse("the token endpoint answered without an access_token")
        }
        let secret = Secret(token)
        var lifetime = ModelRules.standard.assumedTokenLifetime
        if case .number(let n)? = value?["expires_in"], let seconds = Double(n), seconds > 0 { lifetime = Int(seconds) }
        let margin = min(ModelRules.standard.tokenRefreshMargin, lifetime / 2)
        await tokens.store(secret, for: scope, refreshAt: now().addingTimeInterval(TimeInterval(lifetime - margin)))
        return secret
    }
}
