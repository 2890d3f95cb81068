import Foundation
import Testing
@testable import TerminalUI

/// docs/demo-script.md points at captured screens; they must exist, and the keys it
/// teaches must be the submit screen's.
struct DemoScriptTests {
    static let docs = DocsTests.root.appendingPathComponent("docs")

    @Test func everyScreenTheScriptShowsWasCaptured() throws {
        let script = try String(contentsOf: Self.docs.appendingPathComponent("demo-script.md"), encoding: .utf8)
        let names = script.matches(of: /\(screens\/([a-z0-9-]+\.txt)\)/).map { String($0.1) }
        #expect(names.count >= 10)
        for name in Set(names) {
            let text = try String(contentsOf: Self.docs.appendingPathComponent("screens/" + name), encoding: .utf8)
            #expect(!text.isEmpty, "\(name)")
            #expect(!text.contains("X-Amz"), "\(name) shows an upload link")
        }
    }

    @Test func theKeysTheScriptTeachesAreTheSubmitScreensKeys() throws {
        let script = try String(contentsOf: Self.docs.appendingPathComponent("demo-script.md"), encoding: .utf8)
        let bound = Set(SubmitScreen.keys.bindings.flatMap(\.keys))
        for (letter, key) in [("C", Key.char("c")), ("O", .char("o")), ("R", .char("r")), ("F", .char("f")), ("S", .char("s"))] {
            #expect(script.contains("**\(letter)**"), "\(letter) is taught")
            #expect(bound.contains(key), "\(letter) is bound")
        }
        #expect(ComposerProgram.keys.action(for: .f(10)) == .submit && script.contains("F10"))
        #expect(ComposerProgram.keys.action(for: .f(12)) == .demoFaults && script.contains("**F12**"))
    }
}

/// Every doc claim is a promise: each file path README.md and docs/ name exists, and
/// each key they name is bound on some screen (the commands and flags they name are
/// checked against the built program in CommandTests' DocsCommandsTests).
struct DocsNameOnlyWhatExistsTests {
    static let root = DocsTests.root

    /// README.md and every page of docs/, with their text.
    static func pages() throws -> [(name: String, text: String)] {
        let docs = root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return try [("README.md", String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8))]
            + names.map { ("docs/" + $0, try String(contentsOf: docs.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Paths into the repository: `docs/…`, `Sources/…`, `Tests/…`, `Benchmarks/…`,
    /// `themes/…`, `samples/…`, `.ci/…`, wherever they are written.
    static func repositoryPaths(in text: String) -> [String] {
        text.matches(of: /(?:^|[^\w.\/$~-])((?:docs|Sources|Tests|Benchmarks|themes|samples|\.ci)\/[A-Za-z0-9_.\/+-]*[A-Za-z0-9_\/-])/.anchorsMatchLineEndings())
            .map { String($0.1) }
    }

    /// Relative links of Markdown (`[text](path)`), resolved from the page's folder.
    static func links(in text: String, page: String) -> [String] {
        let folder = (page as NSString).deletingLastPathComponent
        return text.matches(of: /\]\(([^)\s#]+)(?:#[^)]*)?\)/).map { String($0.1) }
            .filter { !$0.contains("://") && !$0.hasPrefix("mailto:") }
            .map { folder.isEmpty ? $0 : folder + "/" + $0 }
    }

    @Test func everyPathTheDocsNameExists() throws {
        var checked = 0
        for (page, text) in try Self.pages() {
            for path in Self.repositoryPaths(in: text) + Self.links(in: text, page: page) {
                // A pattern or a place holder names no one file.
                guard !path.contains("*"), !path.contains("NAME"), !path.hasSuffix("/-") else { continue }
                let url = Self.root.appendingPathComponent((path as NSString).standardizingPath)
                #expect(FileManager.default.fileExists(atPath: url.path), "\(page) names \(path), which does not exist")
                checked += 1
            }
        }
        #expect(checked > 50, "the docs name many files: \(checked)")
    }

    /// Every key any screen binds, as help writes it (`F4`, `Shift-F4`, `Ctrl-R`, `PgDn`).
    static var boundKeys: Set<String> {
        var keys: Set<String> = []
        let sections = ComposerProgram.referenceSections + GalleryProgram.referenceSections
            + [SubmitScreen.keys.help, HistoryScreen.keys.help, LoopKeys.help, HelpOverlay.keys.help,
               Dialog.keys.help, TextView.keys.help, TextArea.keys.help, DateInput.keys.help]
        for section in sections {
            for entry in section.entries { for key in entry.keys.components(separatedBy: " / ") { keys.insert(key) } }
        }
        return keys
    }

    /// Keys written with a modifier or as a function key: `Ctrl-R`, `Shift-F4`, `Alt-Up`, `F12`.
    static func namedKeys(in text: String) -> [String] {
        text.matches(of: /(?:^|[^\w-])((?:(?:Ctrl|Alt|Shift)-)+(?:F[0-9]{1,2}|Up|Down|Left|Right|Tab|Enter|Backspace|Delete|Home|End|PgUp|PgDn|Space|[A-Za-z])|F(?:1[0-2]|[1-9]))(?![\w-])/)
            .map { String($0.1) }
    }

    @Test func everyKeyTheDocsNameIsBound() throws {
        let bound = Self.boundKeys
        #expect(bound.contains("F4") && bound.contains("Ctrl-R"))
        for (page, text) in try Self.pages() where page != "docs/keys.md" {
            for line in text.split(separator: "\n") {
                // Keys the program leaves to the terminal are named as not bound.
                guard !line.contains("not bound"), !line.contains("Nothing is bound") else { continue }
                for key in Self.namedKeys(in: String(line)) {
                    let spelled = key.hasPrefix("Ctrl-") && key.count == 6 ? "Ctrl-" + key.suffix(1).uppercased() : key
                    #expect(bound.contains(spelled) || bound.contains(key), "\(page) names \(key), which no screen binds: \(line)")
                }
            }
        }
    }

    @Test func theREADMEsSetUpIsWhatCIRuns() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let lines = block.split(separator: "\n").map { String($0.split(separator: "#").first ?? "").trimmingCharacters(in: .whitespaces) }
        let setUp = try #require(lines.first)
        #expect(setUp.hasPrefix("apt-get update && apt-get install -y "), "\(setUp)")
        #expect(lines.contains("swift run seekpass-composer"))
        let test = try #require(lines.last)
        #expect(test == "swift build -c release --product seekpass-composer && swift test")
        #expect(ci.contains(setUp.replacingOccurrences(of: "apt-get", with: "$SUDO apt-get")), "CI installs what README says")
        #expect(ci.contains("\n" + test + "\n"), "CI runs README's test command")
    }
}
