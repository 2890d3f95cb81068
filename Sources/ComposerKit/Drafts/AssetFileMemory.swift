import Foundation
import PassCore

/// Remembers which local file was chosen for each asset of a document saved to a file, so
/// that the document reopened finds its files again. Kept in the state folder, never in the
/// payload (which must stay the exact body that is sent). One small JSON file for every
/// document, keyed by the document file's real path.
public struct AssetFileMemory: Sendable {
    /// A file as it was when it was chosen.
    public struct Remembered: Sendable, Equatable {
        public var path: String
        public var size: Int?
        public var modified: Double?

        public init(path: String, size: Int? = nil, modified: Double? = nil) {
            self.path = path
            self.size = size
            self.modified = modified
        }
    }

    public let file: String
    private let files: any FileSystem

    public init(file: String, files: any FileSystem) {
        self.file = file
        self.files = files
    }

    /// The files remembered for the document at `key` (asset id → file).
    public func recall(_ key: String) -> [String: Remembered] {
        guard let document = all()[key] else { return [:] }
        return document
    }

    /// Remembers `chosen` for the document at `key` (an empty choice forgets it).
    public func remember(_ chosen: [String: Remembered], for key: String) throws(AtomicFile.WriteError) {
        var documents = all()
        if chosen.isEmpty { documents[key] = nil } else { documents[key] = chosen }
        var root = JSONObject()
        for documentKey in documents.keys.sorted() {
            var assets = JSONObject()
            for (assetID, remembered) in (documents[documentKey] ?? [:]).sorted(by: { $0.key < $1.key }) {
                var entry = JSONObject([.init("path", .string(remembered.path))])
                if let size = remembered.size { entry["size"] = .number(String(size)) }
                if let modified = remembered.modified { entry["modified"] = .number(String(modified)) }
                assets[assetID] = .object(entry)
            }
            root[documentKey] = .object(assets)
        }
        let value: JSONValue = .object(JSONObject([.init("format", "seekpass-composer-files"), .init("documents", .object(root))]))
        let folder = (file as NSString).deletingLastPathComponent
        try files.createFolder(folder, permissions: 0o700)
        try files.write(JSONWriter.bytes(value), to: file, permissions: 0o600)
    }

    private func all() -> [String: [String: Remembered]] {
        guard let bytes = try? files.read(file), let value = try? JSONParser.parse(bytes),
            let documents = value["documents"]?.objectValue
        else { return [:] }
        var out: [String: [String: Remembered]] = [:]
        for document in documents.members {
            var assets: [String: Remembered] = [:]
            for asset in document.value.objectValue?.members ?? [] {
                guard let path = asset.value["path"]?.stringValue else { continue }
                var remembered = Remembered(path: path)
                if case .number(let n)? = asset.value["size"] { remembered.size = Int(n) }
                if case .number(let n)? = asset.value["modified"] { remembered.modified = Double(n) }
                assets[asset.key] = remembered
            }
            out[document.key] = assets
        }
        return out
    }
}
