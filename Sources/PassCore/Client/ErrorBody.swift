/// The error answer of the API, `{"errors": [{"path": "...", "message": "..."}]}`
/// [model], read into findings that the composer can put on fields.
public enum ErrorBody {
    /// The rule of every finding that came from the server.
    public static let rule: RuleID = "server"

    /// The findings in `bytes`; empty when the body is not of that shape.
    /// The server's messages have every secret the client knows, and every
    /// secret-shaped text, redacted (a server may echo the Authorization
    /// header); at most `limit` are read.
    public static func findings(in bytes: [UInt8], shape: ModelRules.ErrorBodyShape = ModelRules.standard.errorBody,
                                limit: Int = 1000) -> [Finding] {
        guard let value = try? JSONParser.parse(bytes), let list = value[shape.list]?.arrayValue else { return [] }
        return list.prefix(limit).compactMap { element in
            guard let message = element[shape.message]?.stringValue else { return nil }
            let path = element[shape.path]?.stringValue.flatMap(JSONPath.init(parsing:)) ?? .root
            return Finding(.error, rule, at: path, Redaction.text(message))
        }
    }

    /// The body for `errors` (what the sandbox answers).
    public static func body(_ errors: [(path: JSONPath, message: String)], shape: ModelRules.ErrorBodyShape = ModelRules.standard.errorBody) -> [UInt8] {
        let list = errors.map { error in
            JSONValue.object(JSONObject([
                .init(shape.path, .string(error.path.description)),
                .init(shape.message, .string(error.message)),
            ]))
        }
        return JSONWriter.bytes(.object(JSONObject([.init(shape.list, .array(list))])))
    }

    /// A one-line summary of `bytes` for messages: the first error's text,
    /// or the start of the body; secrets removed.
    public static func summary(of bytes: [UInt8]) -> String {
        if let first = findings(in: bytes).first {
            return first.path == .root ? first.message : "\(first.path): \(first.message)"
        }
        let text = String(decoding: bytes.prefix(200), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        return TextSanitizer.sanitize(Redaction.text(text))
    }
}
