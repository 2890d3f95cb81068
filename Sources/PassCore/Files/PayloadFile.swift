/// A payload read from disk: its bytes parsed, its kind known.
public struct PayloadFile: Sendable {
    public var kind: PayloadKind
    public var value: JSONValue

    /// Why a file could not be read as a payload at all (as opposed to a
    /// payload with findings).
    public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        case file(FileReadError)
        case syntax(String, JSONSyntaxError)
        case notAnObject(String, found: String)
        case unknownKind(String)
        /// A JSON document of another kind (an OpenCert, a package.json): what it is, in words.
        case notAPayload(String, what: String)

        /// The message, its path shown visibly.
        public var description: String {
            switch self {
            case .file(let e): e.description
            case .syntax(let path, let e): "\(TextSanitizer.sanitize(path)):\(e.line):\(e.column): not JSON: \(e.reason)"
            case .notAnObject(let path, let found):
                "\(TextSanitizer.sanitize(path)): a payload must be a JSON object ({…}), this file holds \(found)"
            case .notAPayload(let path, let what):
                "\(TextSanitizer.sanitize(path)): \(what) (\(RuleID.payloadKind))"
            case .unknownKind(let path):
                "\(TextSanitizer.sanitize(path)): \(PayloadKind.detectionAdvice) (\(RuleID.payloadKind))"
            }
        }
    }

    /// Reads `path` and tells its kind (`kind` nil means detect it).
    public static func load(_ path: String, kind: PayloadKind? = nil) throws(LoadError) -> PayloadFile {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            throw .file(error)
        }
        return try parse(bytes, name: path, kind: kind)
    }

    /// Parses `bytes` (named `name` in messages) and tells its kind.
    public static func parse(_ bytes: [UInt8], name: String, kind: PayloadKind? = nil) throws(LoadError) -> PayloadFile {
        if let (reason, offset) = ContentSniffer.notText(bytes) {
            throw .syntax(name, JSONParser.position(in: bytes, at: offset, reason: reason))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(name, error)
        }
        guard value.objectValue != nil else { throw .notAnObject(name, found: value.typeDescription) }
        if kind == nil, let what = ForeignDocument.recognize(value) { throw .notAPayload(name, what: what) }
        guard let detected = kind ?? PayloadKind.detect(value) else { throw .unknownKind(name) }
        return PayloadFile(kind: detected, value: value)
    }
}
