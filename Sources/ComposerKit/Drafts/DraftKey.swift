import PassCore

/// Which document a draft belongs to: the file it was opened from or saved to (by its real
/// path), or, while it has no file, its request id. Two files with the same request id have
/// drafts of their own; a document saved for the first time leaves its id's draft behind.
public struct DraftKey: Hashable, Sendable, CustomStringConvertible {
    public enum Source: Hashable, Sendable {
        /// The document's file, by its real path.
        case file(String)
        /// A document not saved to a file yet, by its request id.
        case request(String)
    }

    public var source: Source

    public init(_ source: Source) {
        self.source = source
    }

    /// The key of `document`: its file (made absolute and real by `resolve`) or its request id.
    public static func of(_ document: ComposerDocument, resolve: (String) -> String = { $0 }) -> DraftKey {
        if let file = document.filePath, !file.isEmpty { return DraftKey(.file(resolve(file))) }
        return DraftKey(.request(document.requestID))
    }

    /// The draft's file name: readable, and unique for each file or id.
    public var fileName: String {
        switch source {
        case .request(let id):
            return "draft-" + Self.safe(id, fallback: "untitled") + ".json"
        case .file(let path):
            let name = path.split(separator: "/").last.map(String.init) ?? "file"
            return "draft-file-" + Self.safe(name, fallback: "file") + "-" + String(Checksum.sha256(Array(path.utf8)).prefix(12)) + ".json"
        }
    }

    /// The file's name or the request id, as a person reads it.
    public var description: String {
        switch source {
        case .file(let path): path
        case .request(let id): id
        }
    }

    static func safe(_ text: String, fallback: String) -> String {
        let safe = text.unicodeScalars.map { s -> String in
            let ok = (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_" || s == "."
            return ok ? String(s) : "_"
        }.joined()
        return safe.isEmpty ? fallback : String(safe.prefix(100))
    }
}
