import Foundation

/// A log file opened for appending (mode 0600), shared by every logger of
/// the process. It never grows past `limit` bytes: the line that would take
/// it past moves it aside to `<path>.1` (replacing an older one) and starts
/// it afresh, so the log holds at most twice `limit` on disk.
public final class LogFile: @unchecked Sendable {
    /// The size a log file reaches before it is moved aside.
    public static let standardLimit = 8 << 20

    public let path: String
    public let limit: Int
    private let lock = NSLock()
    private var fd: Int32
    private let ownsDescriptor: Bool

    /// Opens `path`, creating it and its folder; nil when it cannot.
    public init?(path: String, limit: Int = LogFile.standardLimit) {
        try? AppPaths.makeDirectory((path as NSString).deletingLastPathComponent)
        let fd = Self.open(path)
        guard fd >= 0 else { return nil }
        self.path = path
        self.fd = fd
        self.limit = max(1024, limit)
        self.ownsDescriptor = true
    }

    private init(descriptor: Int32, name: String) {
        path = name
        fd = descriptor
        limit = .max
        ownsDescriptor = false
    }

    /// Standard error, for a log a person watches (`sandbox --verbose`); never rotated.
    public static let standardError = LogFile(descriptor: STDERR_FILENO, name: "<stderr>")

    deinit { if ownsDescriptor { close(fd) } }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        lock.lock()
        defer { lock.unlock() }
        if ownsDescriptor { rotateIfNeeded(adding: bytes.count) }
        _ = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    /// Moves the file aside when `count` more bytes would take it past the
    /// limit; reopens it when another process has moved it aside already.
    private func rotateIfNeeded(adding count: Int) {
        var open = stat(), named = stat()
        guard fstat(fd, &open) == 0 else { return }
        let moved = stat(path, &named) != 0 || named.st_ino != open.st_ino || named.st_dev != open.st_dev
        if !moved, Int(open.st_size) + count <= limit { return }
        if !moved { rename(path, path + ".1") }
        let fresh = Self.open(path)
        guard fresh >= 0 else { return }
        close(fd)
        fd = fresh
    }

    private static func open(_ path: String) -> Int32 {
        Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    }
}
