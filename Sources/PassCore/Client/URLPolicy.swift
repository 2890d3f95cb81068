import Foundation

/// Which URLs the client talks to: `https://` anywhere, `http://` only on
/// loopback (127.0.0.0/8, `::1`, `localhost`). Certificates are always verified.
public enum URLPolicy {
    /// Why a URL is refused.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var url: String
        public var reason: String
        public var description: String { "\(Redaction.url(url)): \(reason)" }
    }

    /// Checks `url`, named `role` in the message ("the base URL").
    @discardableResult
    public static func check(_ url: String, role: String) throws(Refusal) -> URLComponents {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else {
            throw Refusal(url: url, reason: "\(role) is not an absolute URL; write it like https://app.seekpass-staging.com")
        }
        switch scheme {
        case "https":
            return components
        case "http":
            guard isLoopback(host) else {
                throw Refusal(url: url, reason: "\(role) uses http:// on a non-local host, which would send credentials unencrypted; use https:// (plain http is allowed only for 127.0.0.1, ::1 and localhost)")
            }
            return components
        default:
            throw Refusal(url: url, reason: "\(role) must start with https:// (or http:// for a local sandbox)")
        }
    }

    /// True for `localhost`, 127.0.0.0/8 and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if h == "localhost" || h == "::1" || h == "0:0:0:0:0:0:0:1" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in UInt8(part) != nil }
    }
}
