import Foundation

/// Which URLs the client talks to: `https://` anywhere, `http://` only on
/// loopback written so that no name lookup can move it elsewhere:
/// 127.0.0.0/8 as four plain decimal octets (`127.0.0.1`, not `127.1`,
/// `127.0.0.01`, `127.+0.0.1` or `0x7f.0.0.1`), `::1` (`[::1]` in a URL) and
/// `localhost`. Anything else over http is refused before any connection.
/// Certificates are always verified.
public enum URLPolicy {
    /// Why a URL is refused.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var url: String
        public var reason: String
        public var description: String { TextSanitizer.sanitize("\(Redaction.url(url)): \(reason)") }
    }

    /// What plain http is allowed to, for messages.
    public static let loopbackForms = "127.0.0.1 (any 127.x.y.z written as four plain decimal numbers), ::1 ([::1] in a URL) and localhost"

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
            // The host as the connection will use it: URLComponents and URL
            // must agree, and it must be one of the loopback forms.
            // and so must the host as written (full-width digits or ideographic
            // dots that a parser maps to 127.0.0.1 are not written plainly).
            let connected = URL(string: url)?.host
            guard isLoopback(host), connected.map(isLoopback) ?? false, writtenHost(of: url).map(isLoopback) ?? false else {
                throw Refusal(url: url, reason: "\(role) uses http:// on \(TextSanitizer.sanitize(host)), which is not a loopback address written plainly; credentials would travel unencrypted, to wherever that name leads: use https://, or for a local sandbox http:// with \(loopbackForms)")
            }
            return components
        default:
            throw Refusal(url: url, reason: "\(role) must start with https:// (or http:// for a local sandbox)")
        }
    }

    /// The host exactly as `url` writes it: after `scheme://` and any
    /// `user@`, before the port and the path.
    static func writtenHost(of url: String) -> String? {
        guard let start = url.range(of: "://") else { return nil }
        let authority = url[start.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else { return nil }
            return String(hostAndPort[...close])
        }
        return String(hostAndPort.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// True for `localhost`, `::1` and 127.0.0.0/8 as four plain decimal
    /// octets: the host of a URL (`[::1]` there) or an address to listen on.
    public static func isLoopback(_ host: String) -> Bool {
        isLoopbackAddress(host) || host == "[::1]"
    }

    /// An address as written to listen on: `localhost`, `::1` or a plain
    /// 127.x.y.z; never with brackets.
    public static func isLoopbackAddress(_ host: String) -> Bool {
        if host.lowercased() == "localhost" || host == "::1" { return true }
        return isPlainLoopbackIPv4(host)
    }

    /// `127.a.b.c` with each part 0–255 in decimal digits, no sign, no
    /// leading zero, no other form a resolver would read otherwise.
    static func isPlainLoopbackIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            guard !part.isEmpty, part.count <= 3, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            if part.count > 1, part.first == "0" { return false }
            return Int(part).map { $0 <= 255 } ?? false
        }
    }
}
