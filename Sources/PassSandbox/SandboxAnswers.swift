import Foundation
import Hummingbird
import NIOCore
import PassCore

/// The answers the sandbox gives, in the API's shapes.
enum SandboxAnswers {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: JSONWriter.bytes(value))))
    }

    /// `{"errors": [{"path", "message"}]}` [model].
    static func errors(_ status: HTTPResponse.Status, _ errors: [(path: JSONPath, message: String)], headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: ErrorBody.body(errors))))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        errors(status, [(.root, message)], headers: headers)
    }

    /// An OAuth error answer (RFC 6749 §5.2).
    static func oauth(_ status: HTTPResponse.Status, _ code: String, _ description: String) -> Response {
        json(["error": .string(code), "error_description": .string(description)], status: status,
             headers: [.cacheControl: "no-store"])
    }

    /// `415` for a body that is not `application/json` (parameters such as
    /// `charset` allowed; `application/jsonx` or no Content-Type is not it).
    static func unsupportedMediaType(_ request: Request) -> Response {
        let sent = request.headers[.contentType].map { "\"" + TextSanitizer.sanitize($0) + "\"" } ?? "none"
        return error(.unsupportedMediaType, "send the body as Content-Type: application/json (got \(sent))")
    }

    /// An S3-style XML error, as a real object store answers; the text is
    /// escaped (it may quote what the request sent).
    static func store(_ status: HTTPResponse.Status, code: String, message: String) -> Response {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>\(xmlEscaped(code))</Code><Message>\(xmlEscaped(message))</Message></Error>\n"
        return Response(status: status, headers: [.contentType: "application/xml"],
                        body: .init(byteBuffer: ByteBuffer(string: xml)))
    }

    /// `text` for XML character data: `& < > " '` as entities, and every
    /// character XML 1.0 forbids or a terminal would act on as a visible form.
    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in TextSanitizer.sanitize(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
