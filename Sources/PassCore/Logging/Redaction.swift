import Foundation

/// The one place that knows what a secret looks like in text. Log lines,
/// error messages and history entries pass through it.
///
/// It removes: `Authorization` and cookie header values, `Bearer` tokens,
/// `client_secret`/`access_token`/`refresh_token` values (form, JSON or
/// `key=value`), anything shaped like a JWT, the query string of every URL
/// (presigned upload links carry their permission there), and every value
/// registered through `register(_:)` (each `Secret` registers itself).
public enum Redaction {
    /// What stands in for a removed secret.
    public static let placeholder = "<redacted>"

    /// Header names whose values are never shown.
    public static let secretHeaders: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie"]

    /// Keys whose values are never shown, in forms, JSON and `key=value` text.
    public static let secretKeys = ["client_secret", "access_token", "refresh_token", "id_token", "password", "token"]

    private static let registry = SecretRegistry()

    /// Remembers `value` so that `text(_:)` removes it wherever it appears.
    /// Values shorter than 8 characters are not remembered (they would
    /// match ordinary words).
    public static func register(_ value: String) {
        guard value.count >= 8 else { return }
        registry.add(value, to: .credentials)
    }

    /// Remembers the query string of a presigned link (where its permission
    /// is) and the values in it that grant it, so that an echo of any of
    /// them is removed too.
    public static func registerQuery(of url: String) {
        guard let q = url.firstIndex(of: "?") else { return }
        let query = url[url.index(after: q)...].prefix { $0 != "#" }
        var values = [String(query)]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].lowercased()
            if ["signature", "credential", "token", "security", "nonce", "key", "sig"].contains(where: name.contains) {
                values.append(String(parts[1]))
                if let decoded = String(parts[1]).removingPercentEncoding, decoded != String(parts[1]) { values.append(decoded) }
            }
        }
        for value in values where value.count >= 8 { registry.add(value, to: .links) }
    }

    /// `text` with every remembered secret (`register(_:)`) replaced by the
    /// placeholder, and nothing else changed: the gate of everything a
    /// command prints.
    public static func knownSecrets(in text: String) -> String {
        var out = text
        for value in registry.values where out.contains(value) {
            out = out.replacingOccurrences(of: value, with: placeholder)
        }
        return out
    }

    /// `value` for the header `name`: itself, or the placeholder for a secret header.
    public static func header(_ name: String, _ value: String) -> String {
        secretHeaders.contains(name.lowercased()) ? placeholder : text(value)
    }

    /// `url` with its query string replaced by the placeholder.
    public static func url(_ url: String) -> String {
        guard let q = url.firstIndex(of: "?") else { return url }
        let end = url[q...].firstIndex(of: "#") ?? url.endIndex
        return String(url[..<q]) + "?" + placeholder + String(url[end...])
    }

    /// `text` with every secret it can recognise removed.
    public static func text(_ text: String) -> String {
        var out = knownSecrets(in: text)
        out = replacing(in: out, pattern: #"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"#) { match in
            let scheme = match.prefix { !$0.isWhitespace }
            return scheme + " " + placeholder
        }
        out = replacing(in: out, pattern: #"(?i)\b(authorization|proxy-authorization|cookie)\s*[:=]\s*[^\r\n,;]+"#) { match in
            let name = match.prefix { $0 != ":" && $0 != "=" }
            return name + ": " + placeholder
        }
        let keys = secretKeys.joined(separator: "|")
        out = replacing(in: out, pattern: #"(?i)("(?:"# + keys + #")"\s*:\s*)"(?:[^"\\]|\\.)*""#) { match in
            let head = match.prefix { $0 != ":" }
            return head + ": \"" + placeholder + "\""
        }
        out = replacing(in: out, pattern: #"(?i)\b((?:"# + keys + #")=)[^&\s"']+"#) { match in
            let head = match.prefix { $0 != "=" }
            return head + "=" + placeholder
        }
        out = replacing(in: out, pattern: #"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"#) { _ in placeholder }
        out = replacing(in: out, pattern: #"(?i)\b(https?://[^\s?#"'<>]+)\?[^\s#"'<>]+"#) { match in
            url(match)
        }
        return out
    }

    private static func replacing(in text: String, pattern: String, with transform: (String) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let ns = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard !matches.isEmpty else { return text }
        var result = ""
        var last = 0
        for match in matches {
            result += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            result += transform(ns.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        result += ns.substring(from: last)
        return result
    }
}

/// The values `Redaction` removes by name, shared by every thread: the
/// credentials (tokens, client secrets) and the upload links' permissions,
/// each kept apart so that many links never push a token out.
private final class SecretRegistry: @unchecked Sendable {
    enum Kind { case credentials, links }

    private let lock = NSLock()
    // Bounded, the oldest forgotten first: a process that refreshes tokens
    // for weeks, or uploads thousands of files, keeps the most recent ones.
    private var credentials = BoundedSet(capacity: 512)
    private var links = BoundedSet(capacity: 4096)
    private var sorted: [String]?

    func add(_ value: String, to kind: Kind) {
        lock.lock()
        defer { lock.unlock() }
        switch kind {
        case .credentials: credentials.insert(value)
        case .links: links.insert(value)
        }
        sorted = nil
    }

    /// Longest first, so that a value inside another is replaced after it.
    var values: [String] {
        lock.lock()
        defer { lock.unlock() }
        if let sorted { return sorted }
        let all = Array(credentials.members.union(links.members)).sorted { $0.count > $1.count }
        sorted = all
        return all
    }
}

/// A set that forgets its oldest member past `capacity`.
private struct BoundedSet {
    let capacity: Int
    private(set) var members: Set<String> = []
    private var order: [String] = []
    private var start = 0

    init(capacity: Int) { self.capacity = capacity }

    mutating func insert(_ value: String) {
        guard members.insert(value).inserted else { return }
        order.append(value)
        if members.count > capacity {
            members.remove(order[start])
            start += 1
            if start > capacity { order.removeFirst(start); start = 0 }
        }
    }
}
