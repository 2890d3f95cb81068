import Foundation

/// Writes files so that readers see the old content or the new, never a part, and so that a
/// crash right after the write keeps the new one: a temporary file in the same folder, flushed
/// to disk, renamed over the old one, then the folder itself flushed.
public enum AtomicFile {
    /// Why a file could not be written, in words for the person who named it.
    public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var code: Int32

        public init(path: String, code: Int32) {
            self.path = path
            self.code = code
        }

        public var description: String {
            let folder = (path as NSString).deletingLastPathComponent
            switch code {
            case EACCES, EPERM: return "\(path): permission denied; the folder \(folder) cannot be written"
            case EROFS: return "\(path): the folder \(folder) is on a read-only file system"
            case ENOSPC, EDQUOT: return "\(path): the disk is full"
            case ENOENT: return "\(path): the folder \(folder) does not exist"
            case ENOTDIR:
                // A folder that is a file (the path ends in "/"), or one of the folders above it.
                if path.hasSuffix("/") { return "\(path.dropLast()) is a file, not a folder" }
                return "\(path): \(folder) is not a folder"
            case EISDIR: return "\(path): is a folder; name a file"
            default: return "\(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Writes `bytes` to `path`. A file already there keeps its permissions; a new one gets
    /// `permissions`.
    public static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o600) throws(WriteError) {
        var mode = permissions
        var existing = stat()
        if stat(path, &existing) == 0 {
            if existing.st_mode & S_IFMT == S_IFDIR { throw WriteError(path: path, code: EISDIR) }
            mode = existing.st_mode & 0o7777
        }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        // The umask may have narrowed the mode; the file takes the one asked for.
        fchmod(fd, mode)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(fd, base + offset, bytes.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw WriteError(path: path, code: code)
            }
            offset += n
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            unlink(temporary)
            throw WriteError(path: path, code: code)
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, code: code)
        }
        syncFolder(of: path)
    }

    /// Flushes the folder that holds `path`, so that a rename in it survives a crash.
    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
