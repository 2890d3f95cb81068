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
        (`SEEKPASS_WRITE_DOCS=1 swift test --filter DocsTests`); the in-program help (F1, or `?`
        outside text fields) reads the same tables. A walk-through of the composer is in
        [user-guide.md](user-guide.md).

        Conventions:

        - Letters typed into a text field are always text. Screen commands use function keys or
          Ctrl/Alt chords; single letters act only where no text field has focus (lists, toggles,
          dialogs, help).
        - Nothing is bound by default to Ctrl-S, Ctrl-J, Ctrl-B or Ctrl-O, which tmux, screen and
          terminals take for themselves.
        - Tab / Shift-Tab always move between fields; Up / Down do too when the focused control has
          no use for them (a list at its first or last row).
        - Alt chords are sent by most terminals as Esc followed by the key; the program waits 25 ms
          for the rest of a key sequence after Esc.


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
