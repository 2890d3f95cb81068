import Logging
import PassCore

/// The log of the network commands: a redacting handler writing to the
/// state folder's log file, never to the screen.
enum CommandLogging {
    /// Sends every logger of the process to the log file; returns a logger
    /// for `label`. Without a writable log file, logs go nowhere.
    static func bootstrap(paths: AppPaths, label: String) -> Logger {
        let file = LogFile(path: paths.logFile)
        LoggingSystem.bootstrap { label in
            guard let file else { return SwiftLogNoOpLogHandler() }
            return RedactingLogHandler(label: label, file: file)
        }
        return Logger(label: label)
    }
}
