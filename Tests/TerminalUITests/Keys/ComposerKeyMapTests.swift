import CNcurses
import Foundation
import PassCore
import Testing
@testable import TerminalUI

/// The composer's keys: a chord beside every function key, and config.toml's `[keys]`.
@Suite struct ComposerKeyMapTests {
    static func map(_ text: String) -> KeyMap<ComposerCommand> {
        ComposerKeyMap.load(ConfigFile.parse(text, path: "/cfg/config.toml"))
    }

    static func keys(_ table: KeyTable<ComposerCommand>) -> [[Key]] { table.bindings.map(\.keys) }

    @Test func everyFunctionKeyHasAChordThatTerminalsLeaveAlone() {
        let taken: Set<Key> = [.ctrl("s"), .ctrl("j"), .ctrl("b"), .ctrl("o"), .ctrl("a"), .ctrl("c")]
        var owners: [Key: ComposerCommand] = [:]
        for binding in ComposerProgram.keys.bindings {
            for key in binding.keys {
                #expect(owners[key] == nil, "\(key) is bound twice")
                owners[key] = binding.action
                #expect(!taken.contains(key), "\(key) is taken by terminals or multiplexers")
            }
            let chords = binding.keys.filter { key in
                if case .function = key.code { return false }
                return key.text == nil
            }
            #expect(!chords.isEmpty, "\(binding.action) has no key but function keys and letters")
            for chord in chords where !chord.modifiers.isDisjoint(with: [.ctrl, .alt]) {
                #expect(ComposerKeyMap.reservedKeys[chord] == nil, "\(chord) is a text field's key")
            }
        }
    }

    /// Each default chord, as the terminal sends it (a control character, or Esc and a
    /// character), decodes to the key the table binds.
    @Test func everyChordArrivesAsItIsBound() {
        var decoder = CursesKeyDecoder()
        for binding in ComposerProgram.keys.bindings {
            for key in binding.keys {
                guard case .character(let c) = key.code, let value = c.unicodeScalars.first?.value else { continue }
                if key.modifiers == .ctrl {
                    #expect(CursesKeyDecoder.plainKey(value & 0x1F) == key, "\(key)")
                } else if key.modifiers == .alt {
                    #expect(decoder.decode(character: 27, next: { .character(value) }) == .key(key), "\(key)")
                }
            }
        }
    }

    @Test func theIssueNamesAreActions() {
        for name in ["help", "palette", "quit", "save", "save-as", "open", "next-problem", "previous-problem", "preview",
                     "next-pane", "add", "delete", "duplicate", "move-up", "move-down", "undo", "redo", "submit", "endpoint",
                     "faults", "history"] {
            #expect(ComposerCommand(configName: name) != nil, "\(name)")
        }
        #expect(Set(ComposerCommand.allCases.map(\.configName)).count == ComposerCommand.allCases.count)
        for command in ComposerCommand.allCases { #expect(ComposerCommand(configName: command.configName) == command) }
    }

    @Test func aRemappedKeyReplacesTheDefaults() {
        let map = Self.map("[keys]\nhelp = \"ctrl-g\"\nsave = [\"f2\", \"ctrl-x\"]\n")
        #expect(map.problems.isEmpty)
        #expect(map.table.action(for: .ctrl("g")) == .help)
        #expect(map.table.action(for: .f(1)) == nil && map.table.action(for: .char("?")) == nil)
        #expect(map.table.action(for: .ctrl("x")) == .save && map.table.action(for: .alt("w")) == nil)
        #expect(map.remappedAt == [.help: 2, .save: 3])
        #expect(map.table.bindings.first { $0.action == .help }?.help == ComposerCommand.help.title,
                "no letter, so no note about text fields")
    }

    @Test func aKeyFreedByOneSettingMayBeTakenByAnother() {
        let map = Self.map("[keys]\nhelp = \"ctrl-g\"\nsave = \"f1\"\n")
        #expect(map.problems.isEmpty)
        #expect(map.table.action(for: .f(1)) == .save)
    }

    @Test(arguments: [
        ("[keys]\nhelpp = \"ctrl-g\"\n", [2], ["helpp"], "no such action; did you mean help?"),
        ("[keys]\nhelp = \"ctrl-gg\"\n", [2], ["help"], "\"ctrl-gg\" is not a key"),
        ("[keys]\nhelp = [\"ctrl-g\", \"ctrl-i\"]\n", [2], ["help"], "arrives as Tab"),
        ("[keys]\nhelp = \"ctrl-g\"\nsave = \"ctrl-g\"\n", [2, 3], ["help", "save"], "ctrl-g is"),
        ("[keys]\nsave = \"ctrl-p\"\n", [2], ["save"], "ctrl-p is the key of palette"),
        ("[keys]\nsave = \"ctrl-e\"\n", [2], ["save"], "ctrl-e is end of line in text fields"),
        ("[keys]\nsave = \"enter\"\n", [2], ["save"], "enter is confirm"),
        ("[keys]\nhelp = 1\n", [2], ["help"], "expected a key in quotes"),
    ] as [(String, [Int], [String], String)])
    func aBadSettingIsNamedAndTheDefaultsStay(_ text: String, _ lines: [Int], _ actions: [String], _ words: String) {
        let file = ConfigFile.parse(text, path: "/cfg/config.toml")
        var map = ComposerKeyMap.load(file)
        map.problems = file.problems + map.problems
        #expect(map.problems.map(\.line) == lines)
        #expect(map.problems.map(\.key) == actions)
        #expect(map.problems.allSatisfy { $0.file == "/cfg/config.toml" })
        #expect(map.problems.first?.message.contains(words) == true, "\(map.problems)")
        #expect(Self.keys(map.table) == Self.keys(ComposerProgram.keys), "the defaults stay")
    }

    @Test func twoActionsOnOneKeyNameEachOther() {
        let map = Self.map("[keys]\nhelp = \"ctrl-g\"\nsave = \"ctrl-g\"\n")
        #expect(map.problems.map(\.description) == [
            "/cfg/config.toml:2: help: ctrl-g is save's key too (line 3); one key does one thing; help keeps F1 / ? / Alt-K",
            "/cfg/config.toml:3: save: ctrl-g is help's key too (line 2); one key does one thing; save keeps F2 / Alt-W",
        ])
    }

    @Test func aBrokenFileIsOneProblemAndTheProgramKeepsItsDefaults() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("config.toml").path
        try "[keys]\nhelp = \"ctrl-g\"\nsave = alt-w\n".write(toFile: path, atomically: true, encoding: .utf8)
        let map = ComposerKeyMap.load(path: path)
        #expect(map.problems.map(\.description) == [
            "\(path):3: save: alt-w is not a value; put text in quotes (\"alt-w\"), or write a number, true or false; the whole file is ignored and the defaults are used",
        ])
        #expect(Self.keys(map.table) == Self.keys(ComposerProgram.keys))
        let notice = try #require(ComposerKeyMap.notice(map, file: path))
        #expect(notice.contains("config.toml:3: save: alt-w is not a value"))
        #expect(ComposerKeyMap.notice(ComposerKeyMap.load(path: path + ".missing"), file: path) == nil)
    }
}
