import Foundation
import Testing

extension EndToEnd {
    /// Writes the text screenshots in docs/screens/ when SEEKPASS_WRITE_SCREENS=1.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable && ProcessInfo.processInfo.environment["SEEKPASS_WRITE_SCREENS"] == "1",
                                 "set SEEKPASS_WRITE_SCREENS=1 to capture docs/screens/"))
    struct Screenshots {
        static let directory = TmuxSession.packageRoot.appendingPathComponent("docs/screens")

        func capture(_ name: String, width: Int, height: Int, arguments: String = "", keys: [String] = [], waitFor: String) async throws {
            let session = try TmuxSession(command: galleryCommand(arguments), width: width, height: height)
            defer { session.close() }
            try await session.waitFor(waitFor.isEmpty ? "gallery" : waitFor)
            var screen = session.screen()
            if !keys.isEmpty {
                try session.send(contentsOf: keys)
                let before = screen
                screen = try await session.waitUntil("the keys' effect") { $0 != before }
            }
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try screen.write(to: Self.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        @Test func gallery() async throws {
            try await capture("gallery-100x30.txt", width: 100, height: 30, waitFor: "widget gallery")
        }

        @Test func help() async throws {
            try await capture("help-100x30.txt", width: 100, height: 30, keys: ["F1"], waitFor: "widget gallery")
        }

        @Test func smallTerminalNotices() async throws {
            try await capture("small-terminal-40x10.txt", width: 40, height: 10, waitFor: "too small")
            try await capture("small-terminal-20x5.txt", width: 20, height: 5, waitFor: "too small")
        }
    }
}

extension EndToEnd.Screenshots {
    /// Writes `screen` to docs/screens/`name` when SEEKPASS_WRITE_SCREENS=1 (other tests' captures).
    static func keep(_ name: String, _ screen: String) {
        guard ProcessInfo.processInfo.environment["SEEKPASS_WRITE_SCREENS"] == "1" else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? screen.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}

extension TmuxSession {
    func send(contentsOf keys: [String]) throws {
        try Spawn.run(["tmux", "-L", socket, "send-keys"] + keys)
    }
}
