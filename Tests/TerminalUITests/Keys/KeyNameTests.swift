import Testing
@testable import TerminalUI

/// Keys as config.toml writes them: one reader and one writer, and refusals that say why.
@Suite struct KeyNameTests {
    @Test(arguments: [
        ("ctrl-g", Key.ctrl("g")), ("Ctrl-G", .ctrl("g")), ("control-g", .ctrl("g")),
        ("alt-s", .alt("s")), ("Alt-S", .alt("s")), ("meta-s", .alt("s")), ("alt-shift-w", .alt("W")),
        ("f10", .f(10)), ("F1", .f(1)), ("shift-f4", Key(.function(4), .shift)), ("alt-f5", Key(.function(5), .alt)),
        ("insert", .insert), ("ins", .insert), ("delete", .delete), ("pgup", .pageUp), ("pagedown", .pageDown),
        ("alt-up", Key.up.with(.alt)), ("ctrl-left", Key.left.with(.ctrl)), ("shift-tab", .backTab),
        ("?", .char("?")), ("A", .char("A")), ("shift-a", .char("A")), ("alt--", .alt("-")), ("-", .char("-")),
        ("ctrl-space", .ctrl(" ")), ("ctrl-\\", .ctrl("\\")), ("ctrl-alt-x", Key.ctrl("x").with(.alt)),
    ] as [(String, Key)])
    func readsKeys(_ text: String, _ key: Key) throws {
        #expect(try Key(configName: text) == key)
    }

    @Test func everyDefaultKeyIsWrittenAsItIsRead() throws {
        for binding in ComposerProgram.keys.bindings {
            for key in binding.keys {
                #expect(try Key(configName: key.configName) == key, "\(key.configName)")
            }
        }
        #expect(Key.alt("W").configName == "alt-shift-w")
        #expect(Key(.function(4), .shift).configName == "shift-f4")
        #expect(Key.ctrl("g").configName == "ctrl-g")
        #expect(Key.insert.configName == "insert")
    }

    @Test(arguments: [
        ("", "is not empty"), ("ctrl-i", "arrives as Tab"), ("ctrl-j", "arrives as Enter"), ("ctrl-m", "arrives as Enter"),
        ("ctrl-h", "arrives as Backspace"), ("ctrl-[", "arrives as Esc"), ("ctrl-1", "Ctrl goes with a letter"),
        ("f13", "f1 to f12"), ("ctrl-f4", "function key goes alone"), ("shift-?", "write the character"),
        ("ctrl-shift-g", "cannot be told apart"), ("hyper-x", "hyper is not ctrl, alt or shift"), ("ctrl-gg", "is not a key"),
        ("ctrl-tab", "write tab or shift-tab"),
    ] as [(String, String)])
    func refusesWhatNeverArrives(_ text: String, _ words: String) {
        #expect {
            _ = try Key(configName: text)
        } throws: { error in
            (error as? Key.NameProblem)?.message.contains(words) == true
        }
    }

    @Test func helpShowsChordsInCapitals() {
        #expect(Key.alt("k").description == "Alt-K")
        #expect(Key.alt("W").description == "Alt-Shift-W")
        #expect(Key.ctrl("n").description == "Ctrl-N")
        #expect(Key.char("?").description == "?")
    }
}
