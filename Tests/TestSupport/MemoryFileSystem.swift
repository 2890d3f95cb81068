import Foundation
import PassCore

/// Files in memory, for composer and draft tests with no disk: paths are plain keys, folders
/// exist when created or when a file is written inside them.
public final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var contents: [String: [UInt8]]
    private var folders: Set<String> = ["/"]
    private var times: [String: Date] = [:]
    /// Writes to paths under these folders fail as on a read-only folder.
    public var readOnlyFolders: Set<String> = []
    /// How many writes were made.
    public private(set) var writes = 0

    /// - Parameters:
    ///   - files: the files there at first (their folders exist too).
    ///   - folders: more folders that exist at first (empty ones).
    public init(_ files: [String: [UInt8]] = [:], folders: [String] = []) {
        contents = files
        for path in files.keys { addParents(of: path) }
        for folder in folders { addParents(of: folder + "/x") }
    }

    public var files: [String: [UInt8]] {
        get { lock.withLock { contents } }
        set { lock.withLock { contents = newValue; for path in newValue.keys { addParents(of: path) } } }
    }

    public subscript(path: String) -> [UInt8]? {
        get { lock.withLock { contents[path] } }
        set { lock.withLock { contents[path] = newValue; if newValue != nil { addParents(of: path) } } }
    }

    private func addParents(of path: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, !folders.contains(folder) {
            folders.insert(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    public func read(_ path: String) throws(FileReadError) -> [UInt8] {
        let (bytes, isFolder) = lock.withLock { (contents[path], folders.contains(path)) }
        if isFolder { throw .isDirectory(path) }
        guard let bytes else { throw .notFound(path) }
        return bytes
    }

    public func write(_ bytes: [UInt8], to path: String, permissions: Int) throws(AtomicFile.WriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        let problem: Int32? = lock.withLock {
            if readOnlyFolders.contains(where: { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) { return EROFS }
            if !folders.contains(folder) { return contents[folder] != nil ? ENOTDIR : ENOENT }
            if folders.contains(path) { return EISDIR }
            contents[path] = bytes
            times[path] = Date()
            writes += 1
            return nil
        }
        if let problem { throw AtomicFile.WriteError(path: path, code: problem) }
    }

    public func remove(_ path: String) throws {
        try lock.withLock {
            guard contents.removeValue(forKey: path) != nil || folders.remove(path) != nil else {
                throw FileReadError.notFound(path)
            }
        }
    }

    public func move(_ path: String, to destination: String) throws {
        try lock.withLock {
            guard let bytes = contents.removeValue(forKey: path) else { throw FileReadError.notFound(path) }
            contents[destination] = bytes
        }
    }

    public func createFolder(_ path: String, permissions: Int) throws(AtomicFile.WriteError) {
        let problem: Int32? = lock.withLock {
            if readOnlyFolders.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) && !folders.contains(path) { return EROFS }
            if contents[path] != nil { return ENOTDIR }
            var folder = path
            while !folder.isEmpty, !folders.contains(folder) {
                if contents[folder] != nil { return ENOTDIR }
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
            return nil
        }
        if let problem { throw AtomicFile.WriteError(path: path + "/", code: problem) }
    }

    public func list(_ folder: String) -> [String]? {
        lock.withLock {
            let base = folder.hasSuffix("/") ? folder : folder + "/"
            guard folders.contains(folder) || folders.contains(String(base.dropLast())) || contents.keys.contains(where: { $0.hasPrefix(base) })
            else { return nil }
            var names: Set<String> = []
            for path in contents.keys where path.hasPrefix(base) {
                let rest = path.dropFirst(base.count)
                if let slash = rest.firstIndex(of: "/") { names.insert(String(rest[..<slash]) + "/") } else { names.insert(String(rest)) }
            }
            for other in folders where other.hasPrefix(base) && other != String(base.dropLast()) {
                let rest = other.dropFirst(base.count)
                if !rest.isEmpty, !rest.contains("/") { names.insert(String(rest) + "/") }
            }
            return names.sorted()
        }
    }

    public func exists(_ path: String) -> Bool {
        lock.withLock { contents[path] != nil || folders.contains(path) }
    }

    public func modified(_ path: String) -> Date? {
        lock.withLock { times[path] }
    }

    public func realPath(_ path: String) -> String { path }
}
