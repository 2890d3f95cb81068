import Testing
@testable import TerminalUI

@Suite struct KeyTests {
    @Test func namesReadAsInHelp() {
        #expect(Key.ctrl("q").description == "Ctrl-Q")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.up.with(.alt).description == "Alt-Up")
        #expect(Key.f(1).description == "F1")
        #expect(Key.char("?").description == "?")
        #expect(Key.char(" ").description == "Space")
    }

    @Test func onlyPlainCharactersAreText() {
        #expect(Key.char("a").text == "a")
        #expect(Key.ctrl("a").text == nil)
        #expect(Key.alt("a").text == nil)
        #expect(Key.enter.text == nil)
    }
}
