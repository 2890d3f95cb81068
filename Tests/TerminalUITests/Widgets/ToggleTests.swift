import Testing
@testable import TerminalUI

@Suite struct ToggleTests {
    @Test func spaceFlipsAndRenders() {
        var toggle = Toggle()
        #expect(draw(toggle).line(0) == "[ ] No")
        let outcome7 = toggle.press(.char(" "))
        #expect(outcome7 == .changed)
        #expect(toggle.isOn)
        #expect(draw(toggle).line(0) == "[x] Yes")
        let outcome11 = toggle.press(.char("y"))
        #expect(outcome11 == .handled)
        let outcome13 = toggle.press(.char("n"))
        #expect(outcome13 == .changed)
        let outcome15 = toggle.press(.char("z"))
        #expect(outcome15 == .ignored)
    }

    @Test func triStateKeepsAbsentApartFromFalse() {
        var tri = TriStateToggle()
        #expect(tri.value == nil)
        tri.press(.char(" ")); #expect(tri.value == true)
        tri.press(.char(" ")); #expect(tri.value == false)
        tri.press(.char(" ")); #expect(tri.value == nil)
        tri.press(.char("n")); #expect(tri.value == false)
        tri.press(.delete); #expect(tri.value == nil)
        tri.press(.right, .right); #expect(tri.value == false)
        tri.press(.left); #expect(tri.value == true)
    }

    @Test func triStateShowsAllThreeWithTheChosenHighlighted() {
        let theme = Theme.fallback
        let buffer = draw(TriStateToggle(value: true), width: 20, theme: theme)
        #expect(buffer.line(0) == " — │ Yes │ No")
        #expect(buffer[x: 5, y: 0].style == theme[.focus])
        #expect(buffer[x: 1, y: 0].style == theme[.muted])
        #expect(draw(TriStateToggle(), width: 20, theme: Theme.fallback.with(glyphs: .ascii)).line(0) == " - | Yes | No")
    }
}
