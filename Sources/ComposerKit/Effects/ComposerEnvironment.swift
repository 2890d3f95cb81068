import Foundation
import PassCore

/// What the composer needs from the world, injected so that ComposerKit, every screen and
/// every test run with no disk, no clock and no network of their own: the effects of
/// ``ComposerState/apply(_:at:)`` are performed through it by ``ComposerRunner``.
public struct ComposerEnvironment: Sendable {
    /// Seconds on a monotonic clock.
    public var now: @Sendable () -> Double
    /// Seconds since 1970, for the time a draft was saved and the history's entries.
    public var wallClock: @Sendable () -> Double
    /// The files payloads, OpenCert documents and bodies are read from and written to.
    public var files: any FileSystem
    /// Looks at a file chosen for an asset (exists, regular, readable, size, type).
    public var inspectFile: @Sendable (String) -> FileInspection
    /// Where drafts live; nil keeps no drafts.
    public var drafts: DraftStore?
    /// Where the files chosen for a saved document's assets are remembered; nil remembers none.
    public var assetMemory: AssetFileMemory?
    /// The payload files opened last, offered at start (nil: not kept).
    public var recentFiles: RecentFiles?
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

    public init(
        now: @escaping @Sendable () -> Double,
        wallClock: @escaping @Sendable () -> Double = { 1_746_100_800 },
        files: any FileSystem = NoFiles(),
        inspectFile: @escaping @Sendable (String) -> FileInspection = { _ in FileInspection(problem: "files cannot be read here") },
        drafts: DraftStore? = nil,
        assetMemory: AssetFileMemory? = nil,
        recentFiles: RecentFiles? = nil,
        homeDirectory: String = "/",
        currentDirectory: String = "/",
        endpointLabel: String = "",
        endpointURL: String? = nil,
        services: SubmissionServices? = nil,
        history: HistoryServices? = nil
    ) {
        self.now = now
        self.wallClock = wallClock
        self.files = files
        self.inspectFile = inspectFile
        self.drafts = drafts
        self.assetMemory = assetMemory
        self.recentFiles = recentFiles
        self.homeDirectory = homeDirectory
        self.currentDirectory = currentDirectory
        self.endpointLabel = endpointLabel
        self.endpointURL = endpointURL
        self.services = services
        self.history = history
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

    /// Completes a typed path from the folders it names.
    public func complete(_ typed: String) -> PathCompletion {
        PathCompletion.complete(typed, absolute: absolute, list: files.list)
    }
}

/// A file system with nothing in it that refuses every write: the default of an environment
/// that was given none.
public struct NoFiles: FileSystem {
    public init() {}
    public func read(_ path: String) throws(FileReadError) -> [UInt8] { throw .notFound(path) }
    public func write(_ bytes: [UInt8], to path: String, permissions: Int) throws(AtomicFile.WriteError) {
        throw AtomicFile.WriteError(path: path, code: 13)
    }
    public func remove(_ path: String) throws { throw FileReadError.notFound(path) }
    public func move(_ path: String, to destination: String) throws { throw FileReadError.notFound(path) }
    public func createFolder(_ path: String, permissions: Int) throws(AtomicFile.WriteError) {
        throw AtomicFile.WriteError(path: path, code: 13)
    }
    public func list(_ folder: String) -> [String]? { nil }
    public func exists(_ path: String) -> Bool { false }
    public func modified(_ path: String) -> Date? { nil }
    public func realPath(_ path: String) -> String { path }
}
