import Foundation
import Logging

/// A swift-log handler that appends redacted lines to a file (or, for
/// `sandbox --verbose`, to standard error), one line per event, always:
/// `2024-05-01T10:00:00Z info seekpass.client: message key=value`.
/// Every message and metadata value passes through `Redaction.text`, then
/// through `TextSanitizer.sanitize` (a newline, an escape or a bidi control
/// in a value is shown, so no value can forge a line or reach a terminal).
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
        sink.write(Self.line(timestamp: Self.timestamp(), level: event.level, label: label,
                             message: event.message.description, metadata: all) + "\n")
    }

    /// One event as its line, without the final newline.
    public static func line(timestamp: String, level: Logger.Level, label: String, message: String,
                            metadata: Logger.Metadata = [:]) -> String {
        var line = timestamp + " \(level) " + TextSanitizer.sanitize(label) + ": " + shown(message)
        for key in metadata.keys.sorted() {
            let value = metadata[key].map { "\($0)" } ?? ""
            line += " " + TextSanitizer.sanitize(key) + "="
                + (Redaction.secretHeaders.contains(key.lowercased()) ? Redaction.placeholder : shown(value))
        }
        return line
    }

    private static func shown(_ text: String) -> String {
        TextSanitizer.sanitize(Redaction.text(text))
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(secondsFromGMT: 0) ?? .current, formatOptions: [.withInternetDateTime])
    }
}
