import ComposerKit
import Foundation
import PassCore

/// What the composer screen needs from the world, injected so that screen
/// tests run with no disk, no clock and no network.
public struct ComposerEnvironment: Sendable {
    /// Seconds on a monotonic clock.
    public var now: @Sendable () -> Double
    /// Where drafts live; nil keeps no drafts.
    public var drafts: DraftStore?
    /// Looks at a file chosen for an asset.
    public var inspectFile: @Sendable (String) -> FileInspection
    /// Reads a whole file (payloads, OpenCert documents).
    public var readFile: @Sendable (String) throws -> [UInt8]
    /// Writes a whole file atomically.
    public var writeFile: @Sendable ([UInt8], String) throws -> Void
    /// The entries of a directory (directories end in `/`), or nil when it cannot be read.
    public var listDirectory: @Sendable (String) -> [String]?
    /// Whether something is at a path (asked before a file is replaced).
    public var fileExists: @Sendable (String) -> Bool
    public var homeDirectory: String
    public var currentDirectory: String
    /// Where requests go, for the title bar ("SANDBOX — nothing leaves this machine").
    public var endpointLabel: String
    /// The base URL requests go to, for "copy as curl" (nil: `$SEEK_PASS_URL`).
    public var endpointURL: String?
    /// Sending and following requests; nil when this composer cannot send.
    public var services: SubmissionServices?
    /// The history of sent requests and their status; nil keeps none.
    public var history: HistoryServices?
    /// The keys in effect: the defaults, or config.toml's remapping (``ComposerKeyMap``).
    public var keys: KeyTable<ComposerCommand> = ComposerProgram.keys

    public init(
        now: @escaping @Sendable () -> Double,
        drafts: DraftStore? = nil,
        inspectFile: @escaping @Sendable (String) -> FileInspection = { _ in FileInspection(problem: "files cannot be read here") },
        readFile: @escaping @Sendable (String) throws -> [UInt8] = { path in throw FileReadError.notFound(path) },
        writeFile: @escaping @Sendable ([UInt8], String) throws -> Void = { _, path in throw FileReadError.permissionDenied(path) },
        listDirectory: @escaping @Sendable (String) -> [String]? = { _ in nil },
        fileExists: @escaping @Sendable (String) -> Bool = { _ in false },
        homeDirectory: String = "/",
        currentDirectory: String = "/",
        endpointLabel: String = "",
        endpointURL: String? = nil,
        services: SubmissionServices? = nil,
        history: HistoryServices? = nil
    ) {
        self.services = services
        self.history = history
        self.now = now
        self.drafts = drafts
        self.inspectFile = inspectFile
        self.readFile = readFile
        self.writeFile = writeFile
        self.listDirectory = listDirectory
        self.fileExists = fileExists
        self.homeDirectory = homeDirectory
        self.currentDirectory = currentDirectory
        self.endpointLabel = endpointLabel
        self.endpointURL = endpointURL
    }

    /// Completes a typed path from the directories it names.
    public func complete(_ typed: String) -> PathCompletion {
        PathCompletion.complete(typed, absolute: absolute, list: listDirectory)
    }

    /// `path` with `~` expanded and made absolute against the current directory.
    public func absolute(_ path: String) -> String {
        var result = path
        if result == "~" { result = homeDirectory } else if result.hasPrefix("~/") {
            result = homeDirectory + result.dropFirst(1)
        }
        if !result.hasPrefix("/") { result = currentDirectory + (currentDirectory.hasSuffix("/") ? "" : "/") + result }
        return result
    }
}

extension ComposerEnvironment {
    /// Seconds since 1970 (with fractions), for the time a draft was saved.
    func wallClock() -> Double {
        Date().timeIntervalSince1970
    }

    /// A time as people read it: "14:05" when it was today, "3 Nov 14:05" another day.
    static func readableTime(_ seconds: Double, now: Double = Date().timeIntervalSince1970) -> String {
        let date = Date(timeIntervalSince1970: seconds)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        let sameDay = Calendar.current.isDate(date, inSameDayAs: Date(timeIntervalSince1970: now))
        formatter.dateFormat = sameDay ? "HH:mm" : "d MMM HH:mm"
        return formatter.string(from: date)
    }
}
