import Foundation

/// The files a front end reads and writes, behind one small protocol so that the composer and
/// its drafts run against memory in tests and against the disk in the program.
public protocol FileSystem: Sendable {
    /// A whole file of bounded size.
    func read(_ path: String) throws(FileReadError) -> [UInt8]
    /// Writes a whole file atomically and durably; an existing file keeps its permissions,
    /// a new one gets `permissions`.
    func write(_ bytes: [UInt8], to path: String, permissions: Int) throws(AtomicFile.WriteError)
    func remove(_ path: String) throws
    func move(_ path: String, to destination: String) throws
    /// Creates a folder and its parents (with `permissions`), when missing.
    func createFolder(_ path: String, permissions: Int) throws(AtomicFile.WriteError)
    /// The names in a folder (folders end in `/`), or nil when it cannot be read.
    func list(_ folder: String) -> [String]?
    func exists(_ path: String) -> Bool
    func modified(_ path: String) -> Date?
    /// The path with symbolic links and `..` resolved (the path itself when it does not exist).
    func realPath(_ path: String) -> String
}

/// The files on this computer.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws(FileReadError) -> [UInt8] {
        try FileReader.read(path)
    }

    public func write(_ bytes: [UInt8], to path: String, permissions: Int) throws(AtomicFile.WriteError) {
        try AtomicFile.write(bytes, to: path, permissions: mode_t(permissions))
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }

    public func move(_ path: String, to destination: String) throws {
        try FileManager.default.moveItem(atPath: path, toPath: destination)
    }

    public func createFolder(_ path: String, permissions: Int) throws(AtomicFile.WriteError) {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT != S_IFDIR { throw AtomicFile.WriteError(path: path + "/", code: ENOTDIR) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, parent != "/" { try createFolder(parent, permissions: 0o755) }
        if mkdir(path, mode_t(permissions)) != 0, errno != EEXIST {
            throw AtomicFile.WriteError(path: path + "/", code: errno)
        }
    }

    public func list(_ folder: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return names.map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + name, isDirectory: &isDirectory)
            return isDirectory.boolValue ? name + "/" : name
        }
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    public func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else {
            // A file not written yet: resolve its folder.
            let folder = (path as NSString).deletingLastPathComponent
            let name = (path as NSString).lastPathComponent
            guard !folder.isEmpty, folder != path, let real = realpath(folder, nil) else { return path }
            defer { free(real) }
            let base = String(cString: real)
            return (base.hasSuffix("/") ? base : base + "/") + name
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
