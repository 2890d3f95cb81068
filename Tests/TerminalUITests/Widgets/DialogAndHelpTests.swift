import Testing
@testable import TerminalUI

@Suite struct DialogAndHelpTests {
    @Test func confirmStartsOnTheSafeAnswer() {
        var dialog = Dialog.confirm(title: "Delete?", message: "Remove this row?", confirm: "Delete", cancel: "Keep")
        #expect(!dialog.isConfirmed)
        dialog.press(.left)
        #expect(dialog.isConfirmed)
        let outcome9 = dialog.press(.enter)
        #expect(outcome9 == .submitted)
        dialog.press(.tab)
        let outcome12 = dialog.press(.escape)
        #expect(outcome12 == .cancelled)
        #expect(!dialog.isConfirmed)
        let outcome15 = dialog.press(.char("d"))
        #expect(outcome15 == .submitted)
        #expect(dialog.isConfirmed)
    }

    @Test func rendersCentredWithWrappedMessageAndButtons() {
        let dialog = Dialog(title: "Sent", message: "The credential was accepted by the partner API.", buttons: ["OK"])
        let buffer = draw(dialog, width: 40, height: 10)
        let text = buffer.text
        #expect(text.contains("┌─ Sent ─"))
        #expect(text.contains("[ OK ]"))
        #expect(text.contains("The credential was accepted"))
        let okAt = buffer.find("[ OK ]")
        #expect(okAt.map { buffer[x: $0.x, y: $0.y].style } == Theme.fallback[.focus])
    }

    @Test func dialogSurvivesTinyAreas() {
        let dialog = Dialog.confirm(title: "Quit?", message: String(repeating: "long words ", count: 20))
        for size in [Size(width: 3, height: 2), Size(width: 20, height: 5), Size(width: 10, height: 3)] {
            let buffer = draw(dialog, width: size.width, height: size.height)
            for line in buffer.lines { #expect(TextLayout.width(line) <= size.width) }
        }
    }

    @Test func helpListsEverySectionAndScrolls() {
        var help = HelpOverlay(title: "Keys", sections: [TextInput.keys.help, KeyTable<Int>("Empty", []).help, Dialog.keys.help])
        #expect(help.sections.count == 2)
        let buffer = draw(help, width: 80, height: 40)
        #expect(buffer.text.contains("Ctrl-W / Alt-Backspace"))
        #expect(buffer.text.contains("Delete the word before the cursor"))
        #expect(buffer.text.contains("Dialog"))
        let small = draw(help, width: 60, height: 10)
        #expect(small.text.contains("more (PgDn)"))
        // A page is what the box showed: 10 rows less the two kept for the screen's message and
        // keys, the frame and the closing line: 5.
        help.press(.pageDown)
        #expect(help.top == 5)
        let outcome50 = help.press(.char("?"))
        #expect(outcome50 == .cancelled)
        let outcome52 = help.press(.f(1))
        #expect(outcome52 == .cancelled)
    }

    @Test func keyTableFindsTheFirstBinding() {
        let table = KeyTable<String>("T", [KeyBinding([.ctrl("q"), .f(10)], "quit", "Quit"), KeyBinding(.ctrl("q"), "other", "x")])
        #expect(table.action(for: .f(10)) == "quit")
        #expect(table.action(for: .ctrl("Q")) == "quit")
        #expect(table.action(for: .char("q")) == nil)
        #expect(table.help.entries.first == HelpEntry(keys: "Ctrl-Q / F10", text: "Quit"))
    }

    @Test func focusRingWrapsAndFollowsFormKeys() {
        var ring = FocusRing(count: 3)
        ring.previous()
        #expect(ring.index == 2)
        let tabMoved = ring.move(for: .tab, after: .ignored)
        #expect(tabMoved && ring.index == 0)
        let usedDownMoved = ring.move(for: .down, after: .handled)
        #expect(!usedDownMoved)
        let unusedDownMoved = ring.move(for: .down, after: .ignored)
        #expect(unusedDownMoved)
        #expect(ring.index == 1)
    }

    @Test func statusLineDropsHintsThatDoNotFit() {
        let status = StatusLine(message: "Saved", severity: .ok, hints: [("F1", "Help"), ("Ctrl-Q", "Quit"), ("F2", "Theme")])
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        status.render(into: &buffer, rect: buffer.bounds, theme: .fallback)
        #expect(buffer.line(0).hasPrefix("Saved   "))
        #expect(buffer.line(0).hasSuffix("F1 Help  Ctrl-Q Quit"))
        #expect(!buffer.line(0).contains("Theme"))
        #expect(buffer[x: 0, y: 0].style == Theme.fallback[.ok])
    }
}
