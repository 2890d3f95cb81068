import Foundation
import Hummingbird
import PassCore

extension Sandbox {
    /// `POST /api/partner/v1/oauth/token.json`: the client-credentials grant.
    func token(_ request: Request, _ context: SandboxContext) async throws -> Response {
        await store.count("token")
        if let fault = await injectedFault() { return fault }
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024)
        var form = PercentEncoding.fields(Substring(String(buffer: body)))
        // Client authentication in the body, or HTTP Basic (RFC 6749 §2.3.1).
        if let basic = request.headers[.authorization], basic.lowercased().hasPrefix("basic "),
            let decoded = Base64.decode(basic.dropFirst(6)).map({ String(decoding: $0, as: UTF8.self) }),
            let colon = decoded.firstIndex(of: ":") {
            form["client_id"] = PercentEncoding.decode(decoded[..<colon]) ?? ""
            form["client_secret"] = PercentEncoding.decode(decoded[decoded.index(after: colon)...]) ?? ""
        }
        guard form["grant_type"] == "client_credentials" else {
            return SandboxAnswers.oauth(.badRequest, "unsupported_grant_type", "only grant_type=client_credentials is supported")
        }
        guard let id = form["client_id"], let secret = form["client_secret"], id == options.clientID,
            UploadLinks.constantTimeEqual(secret, options.clientSecret.reveal())
        else {
            logger.info("token: client refused")
            return SandboxAnswers.oauth(.unauthorized, "invalid_client", "unknown client id or wrong secret")
        }
        let asked = Set((form["scope"] ?? "").split(separator: " ").map(String.init))
        let unknown = asked.subtracting(options.allowedScopes)
        guard unknown.isEmpty else {
            return SandboxAnswers.oauth(.badRequest, "invalid_scope", "not allowed: " + unknown.sorted().joined(separator: " "))
        }
        let scopes = asked.isEmpty ? options.allowedScopes : asked
        let lifetime = Int(options.tokenLifetime.components.seconds)
        let claims = TokenIssuer.Claims(clientID: id, scopes: scopes, expires: now.addingTimeInterval(TimeInterval(lifetime)),
                                        generation: await store.tokenGeneration)
        logger.info("token: issued for \(scopes.sorted().joined(separator: " "))")
        return SandboxAnswers.json([
            "access_token": .string(tokens.issue(claims, now: now)),
            "token_type": "Bearer",
            "expires_in": .number(String(lifetime)),
            "scope": .string(scopes.sorted().joined(separator: " ")),
        ], headers: [.cacheControl: "no-store"])
    }
}
