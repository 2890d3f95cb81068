import ComposerKit
import PassCore
import Testing
@testable import TerminalUI

/// A config.toml that remaps keys, as the composer shows it: the help, the bottom line, the
/// palette and the start dialog. The loops run on threads of their own, one test at a time.
@Suite(.serialized) struct ComposerRemapTests {
    /// Runs `script` on its own thread (not the cooperative pool's).
    func run(_ program: ComposerProgram, size: Size, _ script: [HeadlessTerminal.Step]) async
        -> (screen: ScreenBuffer, program: ComposerProgram)
    {
        let result = await HeadlessTerminal.runOnOwnThread(program, size: size, script: script)
        return (result.terminal.screen, result.program)
    }

    static func remapped(config: String, notices: [String] = []) -> ComposerProgram {
        let keys = ComposerKeyMap.load(ConfigFile.parse(config, path: "/cfg/config.toml")).table
        return ComposerProgram(document: Templates.newDocument(.batch, ids: .sequential()), environment: memoryEnvironment(FileStore([:])),
                               theme: .fallback, keys: keys, ids: .sequential(), notices: notices)
    }

    static let ctrlG = "[keys]\nhelp = \"ctrl-g\"\n"

    @Test func helpRemappedToCtrlGOpensTheSameHelpAsF1() async {
        let remapped = await run(Self.remapped(config: Self.ctrlG), size: large, [.key(.ctrl("g"))])
        let standard = await run(composer(), size: large, [.key(.f(1))])
        guard case .help(let help)? = remapped.program.overlay, case .help(let usual)? = standard.program.overlay else {
            Issue.record("Ctrl-G opens the help, as F1 does by default")
            return
        }
        #expect(help.title == usual.title)
        #expect(help.sections.map(\.title) == usual.sections.map(\.title))
        // The same lines, but for the help's own: its keys, and no note about `?` in text fields.
        func texts(_ overlay: HelpOverlay) -> [[String]] { overlay.sections.map { $0.entries.map(\.text) } }
        var expected = texts(usual)
        expected[0][0] = ComposerCommand.help.title
        #expect(texts(help) == expected)
        #expect(help.sections[0].entries[0].keys == "Ctrl-G")
        #expect(remapped.screen.find("Ctrl-G") != nil, "the help shows the key in effect:\n\(remapped.screen.text)")
        // The same key closes it; F1 is no longer the help's, and Ctrl-G is nothing by default.
        #expect(await run(Self.remapped(config: Self.ctrlG), size: large, [.key(.ctrl("g")), .key(.ctrl("g"))]).program.overlay == nil)
        #expect(await run(Self.remapped(config: Self.ctrlG), size: large, [.key(.f(1))]).program.overlay == nil)
        #expect(await run(composer(), size: large, [.key(.ctrl("g"))]).program.overlay == nil)
    }

    @Test func theBottomLineAndThePaletteShowTheKeysInEffect() async {
        let remapped = await run(Self.remapped(config: Self.ctrlG), size: large, [])
        let hints = remapped.screen.line(large.height - 1)
        #expect(hints.contains("Ctrl-G Help"), "\(hints)")
        #expect(hints.contains("F2/Alt-W Save"), "\(hints)")
        let palette = await run(Self.remapped(config: Self.ctrlG), size: large, [.key(.ctrl("p")), .paste("every key")])
        let row = palette.screen.text.split(separator: "\n").first { $0.contains("Show every key of this screen") } ?? ""
        #expect(row.contains("Ctrl-G") && !row.contains("F1"), "\(row)")
    }

    @Test func theDefaultBottomLineShowsChordsBesideFunctionKeysWhereThereIsRoom() async {
        let wide = await run(composer(), size: Size(width: 200, height: 40), []).screen.line(39)
        for hint in ["F1/Alt-K Help", "F2/Alt-W Save", "F4/Ctrl-N Next problem", "F5/Ctrl-T Preview", "F10/Alt-G Submit",
                     "Ctrl-P Commands"] {
            #expect(wide.contains(hint), "\(hint) in \(wide)")
        }
        let narrow = await run(composer(), size: small, []).screen.line(small.height - 1)
        for hint in ["Alt-K Help", "Alt-W Save", "Ctrl-N Problem", "Ctrl-T Preview", "Ctrl-P"] {
            #expect(narrow.contains(hint), "\(hint) in \(narrow)")
        }
    }

    @Test func settingsNotUsedAreSaidAtStart() async {
        let config = "[keys]\nhelp = \"ctrl-g\"\nsave = \"ctrl-g\"\nsubmitt = \"f9\"\n"
        let map = ComposerKeyMap.load(ConfigFile.parse(config, path: "/cfg/config.toml"))
        let notice = ComposerKeyMap.notice(map, file: "/cfg/config.toml")
        let program = Self.remapped(config: config, notices: notice.map { [$0] } ?? [])
        let (screen, started) = await run(program, size: large, [])
        guard let dialog = started.state.question else {
            Issue.record("a dialog says what was not used")
            return
        }
        #expect(dialog.title == "Before you start")
        for line in ["config.toml:2: help: ctrl-g is save's key too", "config.toml:3: save: ctrl-g is help's key too",
                     "config.toml:4: submitt: no such action; did you mean submit?"] {
            #expect(dialog.message.contains(line), "\(line) in \(dialog.message)")
        }
        #expect(screen.find("/cfg/config.toml") != nil, "\(screen.text)")
        // The program works on, with the defaults.
        #expect(await run(program, size: large, [.key(.enter), .key(.f(1))]).program.overlay.map { if case .help = $0 { true } else { false } } == true)
    }
}
