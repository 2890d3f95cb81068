import Foundation
import Testing
@testable import TerminalUI

/// docs/keys.md is generated from the key tables, so it cannot drift from what the keys do.
/// Regenerate it with `SEEKPASS_WRITE_DOCS=1 swift test --filter DocsTests`.
@Suite struct DocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func keysDocument() -> String {
        var out = """
        # Keys

        Every key of the composer (`seekpass-composer`, the default command), of the widget gallery
        (`seekpass-composer gallery`) and of the generic widgets that every screen is built from.
        This file is generated from the key tables in the code
        (`SEEKPASS_WRITE_DOCS=1 swift test --filter DocsTests`); the in-program help (F1, Alt-K, or
        `?` outside text fields) reads the same tables. A walk-through of the composer is in
        [user-guide.md](user-guide.md).

        Conventions:

        - Every composer command that has a function key has a Ctrl or Alt chord beside it, for
          terminals that take function keys for themselves (F1 help and F10 menus in GNOME Terminal
          and Xfce Terminal, F11 full screen, F12 drop-down terminals, Fn on macOS): the chord is
          beside the function key in each row below. The bottom line shows the chords, with the
          function keys where there is room.
        - Letters typed into a text field are always text. Screen commands use function keys or
          Ctrl/Alt chords; single letters act only where no text field has focus (lists, toggles,
          dialogs, help).
        - Nothing is bound by default to Ctrl-S (flow control), Ctrl-J (Enter), Ctrl-B (tmux),
          Ctrl-A (screen) or Ctrl-O, which terminals and multiplexers take for themselves, nor to the
          Alt letters of terminal menus (Alt-F, Alt-E, Alt-V, Alt-S, Alt-T, Alt-H, Alt-B). Ctrl-G is
          left free for your own use.
        - Tab / Shift-Tab always move between fields; Up / Down do too when the focused control has
          no use for them (a list at its first or last row).
        - Alt chords are sent by most terminals as Esc followed by the key (on macOS, turn on
          "Use Option as Meta key"); the program waits 25 ms for the rest of a key sequence after Esc.
        - The composer's keys can be changed in `config.toml` ([configuration.md](configuration.md#keys));
          `seekpass-composer keys` prints the keys in effect. This page shows the defaults.


        """
        for section in ComposerProgram.referenceSections + GalleryProgram.referenceSections {
            out += "## \(section.title)\n\n\(section.markdownTable)\n\n"
        }
        return out
    }

    @Test func keysDocumentMatchesTheKeyTables() throws {
        let path = Self.root.appendingPathComponent("docs/keys.md")
        let expected = Self.keysDocument()
        if ProcessInfo.processInfo.environment["SEEKPASS_WRITE_DOCS"] == "1" {
            try expected.write(to: path, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: path, encoding: .utf8)
        #expect(onDisk == expected, "docs/keys.md is out of date: run SEEKPASS_WRITE_DOCS=1 swift test --filter DocsTests")
    }

    /// In the composer's table of docs/keys.md, every row with a function key names a chord too.
    @Test func keysDocumentListsAChordBesideEachFunctionKey() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        let composer = onDisk.components(separatedBy: "## Composer\n").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
        var checked = 0
        for binding in ComposerProgram.keys.bindings {
            guard let function = binding.keys.first(where: { if case .function = $0.code { true } else { false } }) else { continue }
            let row = try #require(composer.split(separator: "\n").first { $0.hasPrefix("| `\(function)`") },
                                   "docs/keys.md has a row for \(function)")
            let chords = binding.keys.filter { !$0.modifiers.isDisjoint(with: [.ctrl, .alt]) }
            #expect(!chords.isEmpty, "\(binding.action) has a chord")
            for chord in chords { #expect(row.contains("`\(chord)`"), "\(row) names \(chord)") }
            checked += 1
        }
        #expect(checked == 15, "every command with a function key was looked at")
    }

    @Test func everyGalleryAndWidgetKeyIsDocumented() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        for binding in GalleryProgram.keys.bindings {
            for key in binding.keys { #expect(onDisk.contains("`\(key)`"), "\(key) is not in docs/keys.md") }
        }
        for binding in ComposerProgram.keys.bindings {
            for key in binding.keys { #expect(onDisk.contains("`\(key)`"), "\(key) is not in docs/keys.md") }
        }
        for binding in TextInput.keys.bindings {
            for key in binding.keys { #expect(onDisk.contains("`\(key)`")) }
        }
    }

    /// The guide with each `<!-- screen: NAME -->` followed by a fenced block holding
    /// docs/screens/NAME exactly, and the names of the screens it shows.
    static func guideWithScreens(_ guide: String) throws -> (text: String, screens: [String]) {
        var out: [Substring] = []
        var screens: [String] = []
        var lines = guide.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            out.append(line)
            guard line.hasPrefix("<!-- screen: "), line.hasSuffix(" -->") else { continue }
            let name = String(line.dropFirst("<!-- screen: ".count).dropLast(" -->".count))
            screens.append(name)
            let screen = try String(contentsOf: root.appendingPathComponent("docs/screens/\(name)"), encoding: .utf8)
            // Drop the block that is there (if any) and put the screen in its place.
            if lines.first == "```text" {
                lines = lines.dropFirst()
                while let inside = lines.popFirst(), inside != "```" {}
            }
            out.append("```text")
            out += screen.trimmingTrailingNewlines().split(separator: "\n", omittingEmptySubsequences: false)
            out.append("```")
        }
        return (out.joined(separator: "\n"), screens)
    }

    @Test func userGuideShowsTheCapturedScreens() throws {
        let path = Self.root.appendingPathComponent("docs/user-guide.md")
        let onDisk = try String(contentsOf: path, encoding: .utf8)
        let (expected, screens) = try Self.guideWithScreens(onDisk)
        if ProcessInfo.processInfo.environment["SEEKPASS_WRITE_DOCS"] == "1", expected != onDisk {
            try expected.write(to: path, atomically: true, encoding: .utf8)
        } else {
            #expect(onDisk == expected, "docs/user-guide.md shows old screens: run SEEKPASS_WRITE_DOCS=1 swift test --filter DocsTests")
        }
        let captured = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("docs/screens").path)
            .filter { $0.hasPrefix("composer-") }
        #expect(Set(captured) == Set(screens), "every composer screen is in the guide, and every screen there was captured")
        for section in ["The partner chain", "Files", "Fixing problems (F4)", "The preview (F5)", "The command palette (Ctrl-P)",
                        "Drafts: nothing typed is lost"] {
            #expect(onDisk.contains("## \(section)") || onDisk.contains("### \(section)"), "the guide covers \(section)")
        }
    }

    @Test func themesDocumentNamesEveryRole() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        for role in ThemeRole.allCases { #expect(onDisk.contains("`\(role.name)`"), "docs/themes.md lacks \(role.name)") }
        for name in ThemeCatalog.shippedNames { #expect(onDisk.contains(name)) }
    }

    @Test func screenshotsExist() throws {
        for name in ["gallery-100x30.txt", "help-100x30.txt", "small-terminal-40x10.txt", "small-terminal-20x5.txt"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent("docs/screens/\(name)"), encoding: .utf8)
            #expect(!text.isEmpty)
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
