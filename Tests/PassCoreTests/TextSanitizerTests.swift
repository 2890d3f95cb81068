import Testing
import PassCore

@Suite struct TextSanitizerTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(TextSanitizer.sanitize("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
    }

    @Test func osc52ClipboardWriteIsShownNotSent() {
        let shown = TextSanitizer.sanitize("\u{1B}]52;c;aGk=\u{07}")
        #expect(shown == "␛]52;c;aGk=␇")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func c0DelNulAndBellArePictures() {
        #expect(TextSanitizer.sanitize("a\u{0}b\u{7}c\u{7F}\t\n\r") == "a␀b␇c␡␉␊␍")
    }

    @Test func c1ControlsShowTheirSevenBitForm() {
        #expect(TextSanitizer.sanitize("\u{9B}2J") == "␛[2J")
        #expect(TextSanitizer.sanitize("\u{9D}0;title\u{9C}") == "␛]0;title␛\\")
    }

    @Test func bidiOverridesAndIsolatesAreNamed() {
        #expect(TextSanitizer.sanitize("abc\u{202E}def") == "abc<U+202E>def")
        #expect(TextSanitizer.sanitize("\u{2066}x\u{2069}") == "<U+2066>x<U+2069>")
    }

    @Test func invalidUTF8ShowsReplacementCharacter() {
        #expect(TextSanitizer.sanitize(bytes: [0x61, 0xFF, 0x62, 0xC3]) == "a\u{FFFD}b\u{FFFD}")
    }

    @Test func safeTextIsUnchanged() {
        let text = "Café 東京 🚀 naïve"
        #expect(TextSanitizer.sanitize(text) == text)
    }
}

@Suite struct PrintableTextTests {
    @Test func printableKeepsTheNewlinesAndTabsOfALayoutAndShowsTheRest() {
        #expect(TextSanitizer.printable("a\tb\nc\u{1B}[2J\r\u{9B}\u{202E}") == "a\tb\nc␛[2J␍␛[<U+202E>")
        #expect(TextSanitizer.sanitize("a\tb\nc") == "a␉b␊c")
    }

    @Test func sanitisingIsIdempotent() {
        let once = TextSanitizer.sanitize("\u{1B}]52;c;aGk=\u{07}\u{2066}x\u{7F}")
        #expect(TextSanitizer.sanitize(once) == once)
        #expect(TextSanitizer.isPrintable(once))
        #expect(!TextSanitizer.isPrintable("\u{85}"))
        #expect(TextSanitizer.isPrintable("line\n\ttab"))
    }
}
