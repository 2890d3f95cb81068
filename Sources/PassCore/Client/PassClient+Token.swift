import AsyncHTTPClient
import Foundation
import NIOCore

extension PassClient {
    /// The bearer token for a request needing `scopes`: the given one, a
    /// cached one, or a new one from the client-credentials grant.
    func accessToken(scopes: [String]) async throws(ClientError) -> Secret? {
        switch endpoint.authentication {
        case .none: return nil
        case .token(let token): return token
        case .clientCredentials(let credentials):
            let key = scopes.sorted().joined(separator: " ")
            if let cached = await tokens.token(for: key, now: now()) { return cached }
            return try await grant(credentials, scope: key)
        }
    }

    /// When the token for `scopes` will be refreshed; nil when none is cached.
    public func tokenRefreshTime(scopes: [String] = []) async -> Date? {
        await tokens.refreshTime(for: scopes.sorted().joined(separator: " "))
    }

    /// The OAuth 2.0 client-credentials grant [docs], retried like any call.
    private func grant(_ credentials: Endpoint.ClientCredentials, scope: String) async throws(ClientError) -> Secret {
        var form = [("grant_type", "client_credentials"), ("client_id", credentials.clientID),
                    ("client_secret", credentials.clientSecret.reveal())]
        if !scope.isEmpty { form.append(("scope", scope)) }
        let body = Array(PercentEncoding.form(form).utf8)
        var lastCause = ""
        for attempt in 1...retry.maxAttempts {
            var request = HTTPClientRequest(url: credentials.tokenURL)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.headers.add(name: "Accept", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
            let answer: HTTPAnswer
            do {
                answer = try await execute(request, limit: 64 * 1024)
            } catch is CancellationError {
                throw .cancelled
            } catch {
                lastCause = "token endpoint: " + Self.describe(error)
                logger.info("POST \(Redaction.url(credentials.tokenURL)) → \(lastCause) (attempt \(attempt))")
                if attempt < retry.maxAttempts { try await pause(attempt, nil) }
                continue
            }
            logger.info("POST \(Redaction.url(credentials.tokenURL)) → HTTP \(answer.status) (attempt \(attempt))")
            let value = try? JSONParser.parse(answer.body)
            if answer.isSuccess {
                guard let token = value?["access_token"]?.stringValue, !token.isEmpty else {
                    throw .badResponse("the token endpoint answered without an access_token")
                }
                let secret = Secret(token)
                let lifetime = value?["expires_in"].flatMap { v -> Int? in
                    if case .number(let n) = v { return Int(n) ?? Double(n).map { Int($0) } }
                    return nil
                } ?? ModelRules.standard.assumedTokenLifetime
                let margin = min(ModelRules.standard.tokenRefreshMargin, lifetime / 2)
                await tokens.store(secret, for: scope, refreshAt: now().addingTimeInterval(TimeInterval(lifetime - margin)))
                return secret
            }
            let code = value?["error"]?.stringValue
            let detail = value?["error_description"]?.stringValue.map(Redaction.text)
            let said = [code, detail].compactMap { $0 }.joined(separator: ": ")
            switch answer.status {
            case 429, 500...599:
                lastCause = "token endpoint: HTTP \(answer.status)"
                if attempt < retry.maxAttempts {
                    try await pause(attempt, answer.headers.first(name: "Retry-After").flatMap { RetryPolicy.parseRetryAfter($0, now: now()) })
                }
            case 400 where code == "invalid_scope", 403:
                throw .forbidden("the client may not ask for \(scope.isEmpty ? "these scopes" : scope)" + (said.isEmpty ? "" : " (\(said))"))
            default:
                throw .unauthorized("the token endpoint refused client id \(credentials.clientID)"
                                    + (said.isEmpty ? " (HTTP \(answer.status))" : " (\(said))")
                                    + "; check client_id and client_secret")
            }
        }
        throw .remote(attempts: retry.maxAttempts, lastCause: lastCause)
    }

    private func pause(_ attempt: Int, _ retryAfter: Duration?) async throws(ClientError) {
        do {
            try await sleeper.sleep(for: retry.delay(afterAttempt: attempt, retryAfter: retryAfter, unit: jitter()))
        } catch {
            throw .cancelled
        }
    }
}
