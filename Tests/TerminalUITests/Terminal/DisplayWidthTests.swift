import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("東", 2), ("Ａ", 2), ("한", 2), ("é", 1), ("e\u{301}", 1), ("🚀", 2), ("👍🏽", 2),
        ("👨‍👩‍👧", 2), ("🇦🇺", 2), ("❤️", 2), ("\u{200B}", 0), ("\u{1B}", 1),
    ])
    func graphemeWidth(text: String, width: Int) {
        #expect(TextLayout.width(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidthAddsCells() {
        #expect(TextLayout.width("ab東京🚀") == 8)
        #expect(TextLayout.width("\u{1B}[0m") == 4)
    }

    @Test func truncateAddsEllipsisWithinWidth() {
        #expect(TextLayout.truncate("hello world", width: 8) == "hello w…")
        #expect(TextLayout.truncate("hello", width: 5) == "hello")
        #expect(TextLayout.truncate("hello", width: 0) == "")
    }

    @Test func truncateNeverSplitsWideOrCombinedGraphemes() {
        #expect(TextLayout.truncate("東京都庁", width: 6) == "東京…")
        #expect(TextLayout.truncate("東京都庁", width: 5) == "東京…")
        #expect(TextLayout.truncate("e\u{301}e\u{301}e\u{301}", width: 2) == "e\u{301}…")
        #expect(TextLayout.truncate("👨‍👩‍👧👨‍👩‍👧", width: 3) == "👨‍👩‍👧…")
    }

    @Test func wrapBreaksAtSpacesAndLongWords() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrap("a\nb", width: 4) == ["a", "b"])
    }
}
