import Foundation
import Logging

/// A swift-log handler that appends redacted lines to a file (never to the
/// screen): `2024-05-01T10:00:00Z info seekpass.client: message key=value`.
/// Every message and metadata value passes through `Redaction.text`.
public struct RedactingLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let sink: LogFile

    public init(label: String, file: LogFile, level: Logger.Level = .info) {
        self.label = label
        self.sink = file
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let extra = event.metadata { all.merge(extra) { $1 } }
        var line = Self.timestamp() + " \(event.level) \(label): " + Redaction.text(event.message.description)
        for key in all.keys.sorted() {
            let value = all[key].map { "\($0)" } ?? ""
            line += " \(key)=" + (Redaction.secretHeaders.contains(key.lowercased()) ? Redaction.placeholder : Redaction.text(value))
        }
        sink.write(line + "\n")
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(secondsFromGMT: 0) ?? .current, formatOptions: [.withInternetDateTime])
    }
}

/// A log file opened for appending (mode 0600), shared by every logger
/// of the process.
public final class LogFile: Sendable {
    public let path: String
    private let fd: Int32

    /// Opens `path`, creating it and its folder; nil when it cannot.
    public init?(path: String) {
        try? AppPaths.makeDirectory((path as NSString).deletingLastPathComponent)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}
