import PassCore

/// The payload files opened or saved last, newest first, kept in the state folder so that the
/// composer's start can offer them again. One small JSON file; at most ``limit`` entries.
public struct RecentFiles: Sendable {
    public static let limit = 8

    /// A file and when it was last opened or saved (seconds since 1970).
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var at: Double

        public init(path: String, at: Double) {
            self.path = path
            self.at = at
        }
    }

    public let file: String
    private let files: any FileSystem

    public init(file: String, files: any FileSystem) {
        self.file = file
        self.files = files
    }

    /// The files, newest first (those that are gone are left out).
    public func all() -> [Entry] {
        guard let bytes = try? files.read(file), let value = try? JSONParser.parse(bytes),
            let entries = value["files"]?.arrayValue
        else { return [] }
        return entries.compactMap { entry -> Entry? in
            guard let path = entry["path"]?.stringValue, case .number(let at)? = entry["at"], let seconds = Double(at) else { return nil }
            return Entry(path: path, at: seconds)
        }
        .filter { files.exists($0.path) }
        .sorted { $0.at > $1.at }
    }

    /// Puts `path` first.
    public func add(_ path: String, at now: Double) throws(AtomicFile.WriteError) {
        let kept = [Entry(path: path, at: now)] + all().filter { $0.path != path }
        let list: [JSONValue] = kept.prefix(Self.limit).map { entry in
            .object(JSONObject([.init("path", .string(entry.path)), .init("at", .number(String(Int(entry.at))))]))
        }
        let value: JSONValue = .object(JSONObject([.init("format", "seekpass-composer-recent"), .init("files", .array(list))]))
        let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !folder.isEmpty { try files.createFolder(folder, permissions: 0o700) }
        try files.write(JSONWriter.bytes(value), to: file, permissions: 0o600)
    }
}
