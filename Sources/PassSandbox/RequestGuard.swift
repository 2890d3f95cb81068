import Hummingbird
import PassCore

/// What every request must be before a route sees it, so that a web page
/// in the user's browser cannot use the sandbox:
/// - its `Host` is the address the sandbox listens on (or `localhost`),
///   else `421 Misdirected Request` (a DNS-rebinding page sends its own name);
/// - a write to `/_sandbox/…` is `application/json` (a cross-site form or
///   `text/plain` POST is refused with `415` before it changes anything) and
///   carries no `Origin` but the sandbox's own (`403`).
struct RequestGuard: RouterMiddleware {
    typealias Context = SandboxContext

    /// The authorities (`host:port`) the sandbox answers to; set once it listens.
    let authorities: LockedValue<Set<String>>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let allowed = authorities.value
        guard let authority = request.head.authority, allowed.contains(Self.normalized(authority)) else {
            let named = request.head.authority.map { "Host: " + TextSanitizer.sanitize($0) } ?? "no Host header"
            return SandboxAnswers.error(.misdirectedRequest,
                                        "this sandbox answers only to " + allowed.sorted().joined(separator: ", ") + " (the request had \(named))")
        }
        if request.uri.path.hasPrefix("/_sandbox/"), request.method != .get, request.method != .head {
            if let origin = request.headers[.origin], !allowed.contains(where: { origin.lowercased() == "http://" + $0 }) {
                return SandboxAnswers.error(.forbidden, "requests from another origin (\(TextSanitizer.sanitize(origin))) may not change the sandbox")
            }
            guard MediaType.isJSON(request.headers[.contentType]) else {
                let sent = request.headers[.contentType].map { TextSanitizer.sanitize($0) } ?? "none"
                return SandboxAnswers.error(.unsupportedMediaType, "send Content-Type: application/json (got \(sent))")
            }
        }
        return try await next(request, context)
    }

    /// `authority` lowercased, with the default port written out.
    static func normalized(_ authority: String) -> String {
        let lower = authority.lowercased()
        if lower.hasPrefix("[") {
            guard let close = lower.firstIndex(of: "]") else { return lower }
            let rest = lower[lower.index(after: close)...]
            return rest.isEmpty ? lower + ":80" : lower
        }
        return lower.contains(":") ? lower : lower + ":80"
    }

    /// The authorities a sandbox bound to `host` and `port` answers to.
    static func authorities(host: String, port: Int) -> Set<String> {
        var hosts: Set<String> = ["localhost"]
        switch host.lowercased() {
        case "localhost": hosts.formUnion(["127.0.0.1", "[::1]"])
        case "::1": hosts.insert("[::1]")
        default: hosts.insert(host.lowercased())
        }
        return Set(hosts.map { "\($0):\(port)" })
    }
}
