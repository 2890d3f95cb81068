import PassCore

/// A document as kept between sessions: the payload, which file each asset
/// comes from, and where it was opened from. Never a token or a secret: the
/// document holds none.
public struct Draft: Sendable, Equatable {
    public static let format = "seekpass-composer-draft"
    public static let version = 1

    public var document: ComposerDocument
    /// Seconds since 1970 when it was saved.
    public var savedAt: Double
    /// True when the document's file already holds everything in the draft:
    /// such a draft is not offered for resuming.
    public var savedToFile: Bool
    /// The document the draft belongs to.
    public var key: DraftKey

    /// - Parameter key: whose draft it is; by default the document's file as named, or its request id.
    public init(document: ComposerDocument, savedAt: Double, savedToFile: Bool = false, key: DraftKey? = nil) {
        self.document = document
        self.savedAt = savedAt
        self.savedToFile = savedToFile
        self.key = key ?? DraftKey.of(document)
    }

    /// The draft's file name: one draft per document.
    public var fileName: String { key.fileName }

    /// The file name of the draft of the request `requestID` (a document with no file).
    public static func fileName(forRequestID requestID: String) -> String {
        DraftKey(.request(requestID)).fileName
    }

    public var bytes: [UInt8] {
        var assets = JSONObject()
        for key in document.assetFiles.keys.sorted() {
            assets[key] = .string(document.assetFiles[key] ?? "")
        }
        var object = JSONObject([
            .init("format", .string(Self.format)),
            .init("version", .number(String(Self.version))),
            .init("kind", .string(document.kind.rawValue)),
            .init("saved_at", .number(String(savedAt))),
            .init("asset_files", .object(assets)),
            .init("payload", document.value),
        ])
        if let path = document.filePath { object["file_path"] = .string(path) }
        switch key.source {
        case .file(let path): object["key"] = .object(JSONObject([.init("file", .string(path))]))
        case .request(let id): object["key"] = .object(JSONObject([.init("request", .string(id))]))
        }
        if savedToFile { object["saved_to_file"] = .bool(true) }
        return JSONWriter.bytes(.object(object))
    }

    /// Why a draft file could not be read back.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public init(bytes: [UInt8]) throws(ReadError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw ReadError(reason: "not JSON (\(error))")
        }
        guard value["format"]?.stringValue == Self.format else { throw ReadError(reason: "not a composer draft") }
        guard let kindText = value["kind"]?.stringValue, let kind = PayloadKind(rawValue: kindText) else {
            throw ReadError(reason: "the draft names no known request kind")
        }
        guard let payload = value["payload"], payload.objectValue != nil else {
            throw ReadError(reason: "the draft holds no payload")
        }
        var files: [String: String] = [:]
        for member in value["asset_files"]?.objectValue?.members ?? [] {
            if let path = member.value.stringValue { files[member.key] = path }
        }
        let savedAt: Double
        if case .number(let n)? = value["saved_at"], let seconds = Double(n) { savedAt = seconds } else { savedAt = 0 }
        var key: DraftKey?
        if let file = value["key"]?["file"]?.stringValue { key = DraftKey(.file(file)) }
        if let id = value["key"]?["request"]?.stringValue { key = DraftKey(.request(id)) }
        self.init(document: ComposerDocument(kind: kind, value: payload, assetFiles: files,
                                             filePath: value["file_path"]?.stringValue),
                  savedAt: savedAt, savedToFile: value["saved_to_file"]?.boolValue ?? false, key: key)
    }
}
