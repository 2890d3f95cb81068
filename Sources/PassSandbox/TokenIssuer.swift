import Crypto
import Foundation
import PassCore

/// Access tokens of the sandbox: JWTs (HS256) carrying the client, the
/// granted scopes, the expiry and a generation. Nothing is stored per
/// token; raising the generation revokes every token issued before.
struct TokenIssuer: Sendable {
    private let keyBytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    struct Claims: Sendable, Equatable {
        var clientID: String
        var scopes: Set<String>
        var expires: Date
        var generation: Int
    }

    func issue(_ claims: Claims, now: Date) -> String {
        let header = Base64.encodeURL(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let payload: [String: Any] = [
            "sub": claims.clientID,
            "scope": claims.scopes.sorted().joined(separator: " "),
            "iat": Int(now.timeIntervalSince1970),
            "exp": Int(claims.expires.timeIntervalSince1970),
            "gen": claims.generation,
            "jti": SandboxOptions.randomToken(bytes: 9),
        ]
        let json = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])) ?? Data()
        let body = Base64.encodeURL(json)
        return header + "." + body + "." + signature(header + "." + body)
    }

    /// The claims of `token` when its signature holds; expiry and
    /// generation are the caller's to check.
    func verify(_ token: String) -> Claims? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        guard UploadLinks.constantTimeEqual(signature(parts[0] + "." + parts[1]), String(parts[2])),
            let bytes = Base64.decodeURL(parts[1]), let value = try? JSONParser.parse(bytes),
            let sub = value["sub"]?.stringValue, let scope = value["scope"]?.stringValue,
            case .number(let exp)? = value["exp"], let expires = Double(exp),
            case .number(let gen)? = value["gen"], let generation = Int(gen)
        else { return nil }
        return Claims(clientID: sub, scopes: Set(scope.split(separator: " ").map(String.init)),
                      expires: Date(timeIntervalSince1970: expires), generation: generation)
    }

    private func signature(_ text: String) -> String {
        Base64.encodeURL(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }
}
