import Testing
@testable import TerminalUI

@Suite struct TextInputTests {
    @Test func typingInsertsAtTheCursor() {
        var field = TextInput()
        let outcome6 = field.type("helo")
        #expect(outcome6 == .changed)
        field.press(.left)
        field.type("l")
        #expect(field.text == "hello")
        #expect(field.cursor == 4)
    }

    @Test func homeEndAndCtrlAE() {
        var field = TextInput("abc")
        field.press(.home); #expect(field.cursor == 0)
        field.press(.end); #expect(field.cursor == 3)
        field.press(.ctrl("a")); #expect(field.cursor == 0)
        field.press(.ctrl("e")); #expect(field.cursor == 3)
    }

    @Test func wordJumpsWithCtrlAndAlt() {
        var field = TextInput("one two  three")
        field.press(Key.left.with(.ctrl)); #expect(field.cursor == 9)
        field.press(Key.left.with(.alt)); #expect(field.cursor == 4)
        field.press(.alt("b")); #expect(field.cursor == 0)
        field.press(Key.right.with(.ctrl)); #expect(field.cursor == 3)
        field.press(.alt("f")); #expect(field.cursor == 7)
    }

    @Test func deletionKeys() {
        var field = TextInput("hello brave world")
        field.press(.ctrl("w")); #expect(field.text == "hello brave ")
        field.press(.backspace); #expect(field.text == "hello brave")
        field.press(.home, .delete); #expect(field.text == "ello brave")
        field.press(.right, .right, .ctrl("k")); #expect(field.text == "el")
        field.press(.ctrl("u")); #expect(field.text == "" && field.cursor == 0)
        let outcome38 = field.press(.backspace)
        #expect(outcome38 == .handled)
        var forward = TextInput("alpha beta")
        forward.press(.home, .alt("d")); #expect(forward.text == " beta")
    }

    @Test func lettersAreTextNeverShortcuts() {
        var field = TextInput()
        field.type("?q")
        #expect(field.text == "?q")
        #expect(field.acceptsText)
        let outcome49 = field.press(.f(1))
        #expect(outcome49 == .ignored)
        let outcome51 = field.press(.tab)
        #expect(outcome51 == .ignored)
        let outcome53 = field.press(.enter)
        #expect(outcome53 == .submitted)
    }

    @Test func pasteOfLongMultilineTextBecomesOneLine() {
        var field = TextInput()
        let long = String(repeating: "abc\r\ndef\t", count: 2_000)
        let outcome60 = field.handle(.paste(long))
        #expect(outcome60 == .changed)
        #expect(field.characters.count == 16_000)
        #expect(!field.text.contains("\n") && !field.text.contains("\t"))
        var guarded = TextInput(maxLength: 5)
        _ = guarded.handle(.paste("1234567"))
        #expect(guarded.text == "12345")
        var hostile = TextInput()
        _ = hostile.handle(.paste("a\u{1B}[31mb\u{7}"))
        #expect(hostile.text == "ab", "the colour code goes whole, no [31m left behind")
        var osc = TextInput()
        _ = osc.handle(.paste("x\u{1B}]52;c;SGFja2Vk\u{7}y\u{9B}2Jz\u{1B}7w"))
        #expect(osc.text == "xyzw", "OSC to BEL, C1 CSI and a two-character escape go whole")
    }

    @Test func wideCharactersMoveByGrapheme() {
        var field = TextInput("東京")
        field.press(.backspace)
        #expect(field.text == "東")
        field.type("e\u{301}")
        #expect(field.characters == ["東", "e\u{301}"])
        #expect(field.cursor == 2)
    }

    @Test func rendersTextAndCursorInCells() {
        let field = TextInput("東京ab")
        let buffer = draw(field, width: 10)
        #expect(buffer.line(0) == "東京ab")
        #expect(buffer.cursor == Point(x: 6, y: 0))
        #expect(buffer[x: 0, y: 0].style == Theme.fallback[.fieldFocused])
        #expect(draw(field, width: 10, focused: false).cursor == nil)
    }

    @Test func placeholderShowsWhenEmpty() {
        let buffer = draw(TextInput(placeholder: "Given name"), width: 20)
        #expect(buffer.line(0) == "Given name")
        #expect(buffer.cursor == Point(x: 0, y: 0))
    }

    @Test func horizontalScrollKeepsTheCursorVisible() {
        var field = TextInput(String(repeating: "x", count: 30) + "END")
        var buffer = draw(field, width: 10)
        #expect(buffer.line(0).hasSuffix("END"))
        #expect(buffer.line(0).hasPrefix("…"))
        let cursor = buffer.cursor
        #expect(cursor != nil && cursor!.x < 10)
        field.press(.home)
        buffer = draw(field, width: 10)
        #expect(buffer.line(0) == "xxxxxxxxx…")
        #expect(buffer.cursor == Point(x: 0, y: 0))
        for _ in 0..<12 { field.press(.right) }
        buffer = draw(field, width: 10)
        #expect(buffer.cursor.map { $0.x >= 0 && $0.x < 10 } == true)
    }

    @Test func scrollingNeverSplitsAWideCharacter() {
        var field = TextInput(String(repeating: "東", count: 20))
        for _ in 0..<3 { field.press(.left) }
        let buffer = draw(field, width: 9)
        for x in 0..<9 where buffer[x: x, y: 0].width == 2 { #expect(x + 1 < 9) }
        #expect(buffer.cursor.map { $0.x < 9 } == true)
    }

    @Test func escapeSequenceInTextIsShownSanitised() {
        let field = TextInput("a\u{1B}[2Jb")
        #expect(draw(field, width: 10).line(0) == "a␛[2Jb")
    }
}
