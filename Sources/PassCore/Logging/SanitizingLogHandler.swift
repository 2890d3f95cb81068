import Logging

/// Wraps any log handler so that every message and metadata value reaches
/// it sanitised (`TextSanitizer.sanitize`): whatever the handler writes to,
/// one event stays one line and nothing a terminal acts on gets through.
/// The sandbox's logger goes through it, so what clients send (ids, names,
/// paths) cannot forge a log line, whoever set the logger up.
public struct SanitizingLogHandler: LogHandler {
    public var wrapped: any LogHandler

    public init(wrapping handler: any LogHandler) {
        wrapped = handler
    }

    /// `logger`, its handler wrapped.
    public static func wrap(_ logger: Logger) -> Logger {
        let handler = logger.handler
        return Logger(label: logger.label) { _ in SanitizingLogHandler(wrapping: handler) }
    }

    public var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    public var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        var shown = event
        shown.message = "\(TextSanitizer.sanitize(event.message.description))"
        shown.metadata = event.metadata?.mapValues { .string(TextSanitizer.sanitize("\($0)")) }
        wrapped.log(event: shown)
    }
}
