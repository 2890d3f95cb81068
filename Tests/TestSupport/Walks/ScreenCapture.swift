import Foundation

/// A screen captured during a walk, named as it is kept in docs/screens/.
public struct ScreenCapture: Sendable {
    public var name: String
    public var width: Int
    public var screen: String

    public init(name: String, width: Int, screen: String) {
        self.name = name
        self.width = width
        self.screen = screen
    }

    /// Where the docs keep their screens.
    public static let directory = BuiltProgram.packageRoot.appendingPathComponent("docs/screens")

    /// Writes the capture to docs/screens/.
    public func write(to directory: URL = ScreenCapture.directory) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try screen.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The lines wider than the terminal the screen was captured on (there should be none).
    public var overflowingLines: [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.count > width }
    }
}
