#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, in words for the person who named it.
public enum FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case isDirectory(String)
    case notRegular(String)
    case permissionDenied(String)
    case tooLarge(String, size: Int, limit: Int)
    case other(String, reason: String)

    /// The message, its path shown visibly (a control character or a line
    /// break in a file name cannot forge a line).
    public var description: String {
        switch self.shown {
        case .notFound(let p): "\(p): no such file"
        case .isDirectory(let p): "\(p): is a directory; name a file"
        case .notRegular(let p): "\(p): not a regular file (a device, FIFO or socket); name a file"
        case .permissionDenied(let p): "\(p): permission denied; check the file's permissions"
        case .tooLarge(let p, let size, let limit):
            "\(p): the file is \(ByteCount.text(size)); the largest accepted is \(ByteCount.text(limit))"
        case .other(let p, let reason): "\(p): \(reason)"
        }
    }

    private var shown: FileReadError {
        switch self {
        case .notFound(let p): .notFound(TextSanitizer.sanitize(p))
        case .isDirectory(let p): .isDirectory(TextSanitizer.sanitize(p))
        case .notRegular(let p): .notRegular(TextSanitizer.sanitize(p))
        case .permissionDenied(let p): .permissionDenied(TextSanitizer.sanitize(p))
        case .tooLarge(let p, let size, let limit): .tooLarge(TextSanitizer.sanitize(p), size: size, limit: limit)
        case .other(let p, let reason): .other(TextSanitizer.sanitize(p), reason: reason)
        }
    }
}

/// Reads whole files of bounded size, refusing directories, devices and FIFOs.
public enum FileReader {
    /// The largest payload file read. A real request is a few kilobytes; an
    /// inline OpenCert with images can reach a few megabytes.
    public static let payloadLimit = 16_000_000

    public static func read(_ path: String, limit: Int = payloadLimit) throws(FileReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 { throw error(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw error(path, errno) }
        let mode = info.st_mode & S_IFMT
        if mode == S_IFDIR { throw .isDirectory(path) }
        guard mode == S_IFREG else { throw .notRegular(path) }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(path, size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let n = bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(fd, base + offset, size - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(path, errno)
            }
            if n == 0 { break }
            offset += n
        }
        if offset < size { bytes.removeLast(size - offset) }
        return bytes
    }

    /// Reads an open descriptor (standard input, a pipe) to its end, named
    /// `name` in errors. Past `limit` bytes the rest is counted, not kept.
    public static func read(fileDescriptor fd: Int32, name: String, limit: Int = payloadLimit) throws(FileReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(fd, base, buffer.count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(name, errno)
            }
            if n == 0 { break }
            total += n
            if total <= limit { bytes.append(contentsOf: chunk[0..<n]) }
        }
        if total > limit { throw .tooLarge(name, size: total, limit: limit) }
        return bytes
    }

    static func error(_ path: String, _ code: Int32) -> FileReadError {
        switch code {
        case ENOENT, ENOTDIR: .notFound(path)
        case EISDIR: .isDirectory(path)
        case EACCES, EPERM: .permissionDenied(path)
        default: .other(path, reason: String(cString: strerror(code)))
        }
    }
}

/// Byte counts for people, in decimal units as file managers show them:
/// `999 B`, `1.5 kB`, `12.0 MB`, `300 MB` (one decimal below 100).
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var value = Double(max(0, bytes))
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(Int(value)) B" }
        if value >= 100 { return "\(Int(value.rounded())) \(units[unit])" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
