import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// config.toml's `[keys]` in the built program: a remapped help key, the chords in a real
    /// terminal, and a broken setting that is named at start while the program runs on.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct KeyRemapEndToEndTests {
        /// A config home with `config.toml`, and folders for state, data and cache.
        final class Home {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("keys-e2e-\(UUID().uuidString.prefix(8))")

            init(config: String) throws {
                try FileManager.default.createDirectory(at: root.appendingPathComponent("config/seekpass-composer"),
                                                        withIntermediateDirectories: true)
                for folder in ["state", "data", "cache", "work"] {
                    try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
                }
                try Data(config.utf8).write(to: root.appendingPathComponent("config/seekpass-composer/config.toml"))
            }

            deinit { try? FileManager.default.removeItem(at: root) }

            func start(width: Int = 80, height: Int = 24) throws -> TmuxSession {
                try TmuxSession(command: "\(TmuxSession.quote(TmuxSession.binary)) --new batch", width: width, height: height,
                                environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                                              "XDG_STATE_HOME": root.appendingPathComponent("state").path,
                                              "XDG_DATA_HOME": root.appendingPathComponent("data").path,
                                              "XDG_CACHE_HOME": root.appendingPathComponent("cache").path],
                                workingDirectory: root.appendingPathComponent("work").path)
            }
        }

        @Test func helpRemappedToCtrlGOpensTheHelpAndF1NoLonger() async throws {
            let home = try Home(config: "[keys]\nhelp = \"ctrl-g\"\n")
            let session = try home.start()
            defer { session.close() }
            let first = try await session.waitFor("Ctrl-G Help")
            #expect(!first.contains("Before you start"))
            try session.send("F1")
            try session.send("C-t")
            // F1 did nothing; Ctrl-T (the preview's chord) shows the preview, so F1 was read and passed by.
            try await session.waitFor("exactly what is sent")
            try session.send("C-t")
            try session.send("C-g")
            let help = try await session.waitFor("Keys — composer")
            #expect(help.contains("Ctrl-G"))
            try session.send("C-g")
            try await session.waitUntil("the help to close") { !$0.contains("Keys — composer") }
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
        }

        @Test func aBrokenSettingIsNamedAtStartAndTheDefaultsWork() async throws {
            let home = try Home(config: "[keys]\nhelp = \"ctrl-q\"\n")
            let session = try home.start(width: 100, height: 30)
            defer { session.close() }
            let start = try await session.waitFor("Before you start")
            #expect(start.contains("config.toml:2: help: ctrl-q is the key of quit"), "\(start)")
            try session.send("Enter")
            try await session.waitUntil("the dialog to close") { !$0.contains("Before you start") }
            // Alt-K, the help's default chord, arrives as Esc k.
            try session.send("M-k")
            try await session.waitFor("Keys — composer")
            try session.send("Escape")
            try await session.waitUntil("the help to close") { !$0.contains("Keys — composer") }
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
            // Said again on standard error, so it stays in the terminal.
            let after = try await session.waitFor("READY")
            let joined = after.replacingOccurrences(of: "\n", with: "")
            #expect(joined.contains("key setting not used: ") && joined.contains("config.toml:2: help: ctrl-q is the key of quit"),
                    "\(after)")
        }
    }
}
