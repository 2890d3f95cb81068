import Hummingbird

/// Answers `405 Method Not Allowed` with an `Allow` header for a known path
/// asked with another method, where the router alone would say 404.
struct MethodNotAllowed: RouterMiddleware {
    typealias Context = SandboxContext

    /// Path patterns (`:name` matches one segment) and their methods.
    let routes: [(segments: [Substring], methods: Set<String>)]

    init(_ routes: [(String, HTTPRequest.Method)]) {
        var table: [String: Set<String>] = [:]
        for (path, method) in routes { table[path, default: []].insert(method.rawValue) }
        self.routes = table.map { ($0.key.split(separator: "/"), $0.value) }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let segments = request.uri.path.split(separator: "/")
            guard let route = routes.first(where: { Self.matches($0.segments, segments) }),
                !route.methods.contains(request.method.rawValue)
            else { throw error }
            return SandboxAnswers.error(.methodNotAllowed, "\(request.method.rawValue) is not allowed here",
                                        headers: [.allow: route.methods.sorted().joined(separator: ", ")])
        }
    }

    static func matches(_ pattern: [Substring], _ path: [Substring]) -> Bool {
        pattern.count == path.count && zip(pattern, path).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
    }
}
