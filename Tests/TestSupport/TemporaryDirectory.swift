import Foundation

/// A folder of its own under the system's temporary directory, removed with everything in it
/// when the value goes away (or at `remove()`).
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL
    public var path: String { url.path }

    /// - Parameter label: a word in the folder's name, to tell folders apart when one is left behind.
    public init(_ label: String = "seekpass-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { remove() }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder (nothing is created).
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `contents` to `name` (creating folders on the way) and returns its URL.
    @discardableResult
    public func file(_ name: String, contents: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: file)
        return file
    }

    @discardableResult
    public func file(_ name: String, text: String) throws -> URL {
        try file(name, contents: Array(text.utf8))
    }

    /// Writes `bytes` to `name` and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try file(name, contents: bytes).path
    }

    /// Creates the folder `name` inside this one and returns its path.
    @discardableResult
    public func folder(_ name: String) throws -> String {
        let folder = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// The environment of a program started with this folder as its home (HOME and the XDG
    /// folders inside it), plus `extra`.
    public func homeEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        IsolatedHome.environment(home: path, extra)
    }
}
