import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct GalleryEndToEndTests {
        @Test func launchesResizesAndQuitsLeavingAUsableShell() async throws {
            let session = try TmuxSession(interactive: true)
            defer { session.close() }
            try await session.waitFor("$")
            try session.type(galleryCommand() + "\n")
            try await session.waitFor("widget gallery")
            #expect(session.format("#{alternate_on}") == "1")

            try session.resize(width: 40, height: 10)
            let small = try await session.waitFor("Terminal too small")
            #expect(small.contains("is 40x10, needs 60x16"))
            try session.resize(width: 100, height: 30)
            let back = try await session.waitFor("widget gallery")
            #expect(back.contains("JSON preview"))

            try session.send("C-q")
            try await session.waitUntil("the shell") { !$0.contains("widget gallery") }
            #expect(session.format("#{alternate_on}") == "0")
            try session.type("echo \"rc=$?\"; printf 'READ''Y\\n'; stty -a\n")
            // READY comes before stty's lines: wait for those too.
            let shell = try await session.waitUntil("READY and stty's settings") {
                $0.split(separator: "\n").contains("READY") && $0.contains("icanon")
            }
            #expect(shell.contains("rc=0"))
            #expect(isSane(shell))
            #expect(!shell.contains("␛") && !shell.contains("\u{1B}") && !shell.contains("[?"))
            #expect(session.format("#{cursor_flag}") == "1")
            #expect(session.format("#{keypad_cursor_flag}") == "0")
        }

        @Test func typingPastingAndWideCharactersReachTheScreen() async throws {
            let session = try TmuxSession(command: galleryCommand())
            defer { session.close() }
            try await session.waitFor("widget gallery")
            try session.type("Ana ")
            try session.paste("東京 Lee\nJones")
            let screen = try await session.waitFor("\"name\": \"Ana 東京 Lee Jones\"")
            #expect(screen.contains("Ana 東京 Lee Jones"))
            #expect(screen.contains("東京 café 🚀 ␛[31m"), "the escape sequence in the note is shown, not run")
            try session.send("C-c")
            try await session.waitFor("Quit anyway?")
            try session.send("Enter")
            try await session.waitUntil("the dialog to close") { !$0.contains("Quit anyway?") }
            try session.send("C-c")
            try await session.waitFor("Quit anyway?")
            try session.send("Left", "Enter")
            #expect(try await session.exitCode() == 0)
        }

        @Test func helpThemesAndDialogsWork() async throws {
            let session = try TmuxSession(command: galleryCommand("--theme light"))
            defer { session.close() }
            try await session.waitFor("theme: light (2/4)")
            try session.send("F2")
            try await session.waitFor("theme: high-contrast (3/4)")
            try session.send("F1")
            try await session.waitFor("Keys — widget gallery")
            try session.send("Escape")
            try await session.waitUntil("help to close") { !$0.contains("Keys — widget gallery") }
            try session.send("F7")
            try await session.waitFor("[ OK ]")
            try session.send("Enter")
            try await session.waitUntil("dialog to close") { !$0.contains("[ OK ]") }
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
        }

        @Test func progressPostedFromAnotherTaskWakesTheLoop() async throws {
            let session = try TmuxSession(command: galleryCommand())
            defer { session.close() }
            try await session.waitFor("widget gallery")
            try session.send("F5")
            try await session.waitFor("Uploading")
            let done = try await session.waitFor("Upload complete")
            #expect(done.contains("100%"))
            #expect(done.contains("4.2 MB of 4.2 MB"))
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
        }

        @Test func unknownThemeIsAUsageError() async throws {
            let session = try TmuxSession(command: galleryCommand("--theme nosuch") + " 2>&1")
            defer { session.close() }
            let screen = try await session.waitFor("READY")
            #expect(screen.contains("no theme named 'nosuch'"))
            #expect(try await session.exitCode() == 2)
        }

        @Test func brokenUserThemeIsNamedOnScreenAndTheDefaultIsUsed() async throws {
            let config = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-config-\(UUID().uuidString)")
            let themes = config.appendingPathComponent("seekpass-composer/themes")
            try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: config) }
            try "[text]\nfg = \"white\"\n[focus]\nbold = maybe\n".write(to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
            let session = try TmuxSession(command: galleryCommand("--theme mine 2>&1"), environment: ["XDG_CONFIG_HOME": config.path])
            defer { session.close() }
            let screen = try await session.waitFor("Theme not used")
            #expect(screen.contains("mine.toml:4: key 'bold'"))
            #expect(screen.contains("theme: default"))
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
            let after = try await session.waitFor("READY")
            #expect(after.replacingOccurrences(of: "\n", with: "").contains("theme not used: \(themes.path)/mine.toml:4: key 'bold'"),
                   "the full path is printed once the screen is back")
        }

        @Test func noColorGivesAttributesOnly() async throws {
            let session = try TmuxSession(command: galleryCommand(), environment: ["NO_COLOR": "1"])
            defer { session.close() }
            try await session.waitFor("theme: monochrome")
            let captured = session.screenWithAttributes()
            #expect(colourParameters(in: captured).isEmpty)
            #expect(captured.contains("\u{1B}["), "attributes still show")
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)

            let coloured = try TmuxSession(command: galleryCommand())
            defer { coloured.close() }
            try await coloured.waitFor("theme: default")
            #expect(!colourParameters(in: coloured.screenWithAttributes()).isEmpty, "without NO_COLOR the same screen has colours")
        }

        /// How quickly is measured by Benchmarks/scripts/keys.sh (docs/performance.md).
        @Test func everyKeyTypedOneAtATimeReachesTheScreenInOrder() async throws {
            let session = try TmuxSession(command: galleryCommand())
            defer { session.close() }
            try await session.waitFor("widget gallery")
            for (i, letter) in "abcdefghijklmnop".enumerated() {
                let expected = String("abcdefghijklmnop".prefix(i + 1))
                try session.type(String(letter))
                try await session.waitFor("\"name\": \"\(expected)\"")
            }
            try session.send("C-q")
            try await session.waitFor("Quit anyway?")
            try session.send("q")
            #expect(try await session.exitCode() == 0)
        }
    }
}
