import Hummingbird
import NIOCore
import PassCore

/// The answers of the holder's page, each with the headers that keep it
/// safe: a Content-Security-Policy that allows only the sandbox itself
/// (no inline script or style, no other origin), `nosniff`, no caching.
enum HolderAnswers {
    /// The page's policy: its script, style sheet and status calls come from
    /// the sandbox; nothing else loads, nothing frames it, forms post back only.
    static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
        "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    static func page(_ document: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
            .contentSecurityPolicy: contentSecurityPolicy, .xContentTypeOptions: "nosniff",
        ], body: .init(byteBuffer: ByteBuffer(string: document)))
    }

    static func asset(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: [
            .contentType: contentType, .cacheControl: "no-cache", .xContentTypeOptions: "nosniff",
        ], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A received file, shown in the browser as the type it was uploaded as.
    static func file(_ body: ResponseBody, contentType: String, name: String) -> Response {
        Response(status: .ok, headers: [
            .contentType: contentType, .xContentTypeOptions: "nosniff", .cacheControl: "no-store",
            .contentDisposition: "inline; filename=\"\(name)\"",
        ], body: body)
    }

    /// A short page with a heading and a sentence: why a file cannot be
    /// opened, why a form was refused.
    static func message(_ heading: String, _ reason: String, status: HTTPResponse.Status) -> Response {
        let document = HTML.document(.tag("html", ["lang": "en"],
            .tag("head",
                .void("meta", ["charset": "utf-8"]),
                .void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .tag("title", "Sandbox stand-in, not SEEK Pass: " + heading),
                .void("link", ["rel": "stylesheet", "href": HolderRoutes.stylePath])),
            .tag("body", .tag("main", ["id": "main"], .tag("h1", heading), .tag("p", reason)))))
        return page(document, status: status)
    }
}
