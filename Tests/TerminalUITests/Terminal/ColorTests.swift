import Testing
@testable import TerminalUI

@Suite struct ColorTests {
    @Test func parsesNamesIndexesAndHex() {
        #expect(TerminalColor(name: "red") == .indexed(1))
        #expect(TerminalColor(name: "bright-blue") == .indexed(12))
        #expect(TerminalColor(name: "brightblue") == .indexed(12))
        #expect(TerminalColor(name: "default") == .default)
        #expect(TerminalColor(name: "#ff8000") == .rgb(255, 128, 0))
        #expect(TerminalColor(name: "200") == .indexed(200))
        #expect(TerminalColor(name: "reddish") == nil)
        #expect(TerminalColor(name: "#12345") == nil)
    }

    @Test func rgbDegradesToNearest256And16And8() {
        let red = TerminalColor.rgb(255, 0, 0)
        #expect(red.fitted(to: .indexed256) == .indexed(196))
        #expect(red.fitted(to: .ansi16) == .indexed(9))
        #expect(red.fitted(to: .ansi8) == .indexed(1))
        let teal = TerminalColor.rgb(0, 0x5f, 0x87)
        #expect(teal.fitted(to: .indexed256) == .indexed(24))
        #expect(teal.fitted(to: .ansi8) == .indexed(6))
    }

    @Test func indexedColoursDegrade() {
        #expect(TerminalColor.indexed(236).fitted(to: .ansi8) == .indexed(0))
        #expect(TerminalColor.indexed(231).fitted(to: .ansi16) == .indexed(15))
        #expect(TerminalColor.indexed(255).fitted(to: .ansi16) == .indexed(7))
        #expect(TerminalColor.indexed(12).fitted(to: .ansi8) == .indexed(4))
        #expect(TerminalColor.indexed(12).fitted(to: .ansi16) == .indexed(12))
    }

    @Test func monochromeDropsAllColour() {
        let style = Style(foreground: .indexed(3), background: .rgb(1, 2, 3), attributes: .bold)
        #expect(style.fitted(to: .monochrome) == Style(attributes: .bold))
        #expect(ColorDepth(colorCount: 8) == .ansi8)
        #expect(ColorDepth(colorCount: 256) == .indexed256)
        #expect(ColorDepth(colorCount: 0) == .monochrome)
    }
}
