import Foundation

/// Where the program keeps its files, by the XDG base-directory rules:
/// configuration and user themes under `$XDG_CONFIG_HOME/seekpass-composer`
/// (default `~/.config/...`), drafts, history and logs under
/// `$XDG_STATE_HOME/seekpass-composer` (default `~/.local/state/...`).
public struct AppPaths: Sendable, Equatable {
    public static let directoryName = "seekpass-composer"

    public var configDirectory: String
    public var stateDirectory: String

    public init(configDirectory: String, stateDirectory: String) {
        self.configDirectory = configDirectory
        self.stateDirectory = stateDirectory
    }

    /// The paths for `environment` (the process's own by default).
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> AppPaths {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ key: String, _ fallback: String) -> String {
            // The XDG spec ignores relative values.
            if let value = environment[key], value.hasPrefix("/") { return value }
            return home + "/" + fallback
        }
        return AppPaths(
            configDirectory: base("XDG_CONFIG_HOME", ".config") + "/" + directoryName,
            stateDirectory: base("XDG_STATE_HOME", ".local/state") + "/" + directoryName
        )
    }

    /// The settings of the program itself: `[keys]` remaps the composer's keys.
    public var configFile: String { configDirectory + "/config.toml" }
    /// The profile file: `[profile.NAME]` tables of endpoints and credentials.
    public var profilesFile: String { configDirectory + "/profiles.toml" }
    /// User themes, one `.toml` file each.
    public var themesDirectory: String { configDirectory + "/themes" }
    /// Saved drafts of the composer.
    public var draftsDirectory: String { stateDirectory + "/drafts" }
    /// The local submission history, one JSON object per line.
    public var historyFile: String { stateDirectory + "/history.jsonl" }
    /// The files chosen for the assets of each saved document (never in the payload).
    public var assetFilesFile: String { stateDirectory + "/files.json" }
    /// The payload files opened last, offered when the composer starts.
    public var recentFilesFile: String { stateDirectory + "/recent.json" }
    /// The log files.
    public var logsDirectory: String { stateDirectory + "/logs" }
    /// The log file of the program.
    public var logFile: String { logsDirectory + "/seekpass-composer.log" }
    /// Written by a running `sandbox` command (mode 0600): its URL and demo
    /// credentials, so that `submit`/`status --sandbox-url` find them.
    public var sandboxSessionFile: String { stateDirectory + "/sandbox-session.json" }

    /// Each place with a short name, in the order `paths` prints them.
    public var all: [(name: String, path: String)] {
        [
            ("config", configDirectory),
            ("config-file", configFile),
            ("profiles", profilesFile),
            ("themes", themesDirectory),
            ("drafts", draftsDirectory),
            ("history", historyFile),
            ("asset-files", assetFilesFile),
            ("recent-files", recentFilesFile),
            ("logs", logFile),
            ("sandbox-session", sandboxSessionFile),
        ]
    }

    /// Creates `path` and its parents with mode 0700 when missing.
    public static func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
