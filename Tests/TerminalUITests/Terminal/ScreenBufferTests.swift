import Testing
@testable import TerminalUI

@Suite struct ScreenBufferTests {
    @Test func writesTextAndClipsAtTheEdge() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 2))
        let used = buffer.write("hello world", at: Point(x: 2, y: 1), style: .plain)
        #expect(used == 6)
        #expect(buffer.lines == ["", "  hello"])
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.write("東京x", at: Point(x: 0, y: 0), style: .plain)
        #expect(buffer.line(0) == "東京x")
        #expect(buffer[x: 1, y: 0].isContinuation)
        #expect(buffer[x: 4, y: 0].character == "x")
    }

    @Test func wideCharacterThatDoesNotFitLeavesASpace() {
        var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
        buffer.write("a東京", at: Point(x: 0, y: 0), style: .plain)
        #expect(buffer.line(0) == "a東")
        var narrow = ScreenBuffer(size: Size(width: 4, height: 1))
        narrow.write("ab東", at: Point(x: 0, y: 0), style: .plain, maxWidth: 3)
        #expect(narrow.line(0) == "ab")
        #expect(narrow[x: 2, y: 0].character == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.write("東京", at: Point(x: 0, y: 0), style: .plain)
        buffer.write("x", at: Point(x: 1, y: 0), style: .plain)
        #expect(buffer.line(0) == " x京")
    }

    @Test func escapeSequencesAreDrawnVisibly() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        buffer.write("a\u{1B}[2Jb", at: Point(x: 0, y: 0), style: .plain)
        #expect(buffer.line(0) == "a␛[2Jb")
    }

    @Test func ellipsisWhenCut() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.write("abcdefghijkl", at: Point(x: 0, y: 0), style: .plain, maxWidth: 6, ellipsis: true)
        #expect(buffer.line(0) == "abcde…")
    }

    @Test func combiningMarksJoinTheirBase() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.write("e\u{301}x", at: Point(x: 0, y: 0), style: .plain)
        #expect(buffer[x: 0, y: 0].character == "e\u{301}")
        #expect(buffer[x: 1, y: 0].character == "x")
    }

    /// Its cost is measured in Benchmarks/ ("30 lines of 10,000 characters into a 100x30 buffer").
    @Test func aTenThousandCharacterLineEndsInAnEllipsisAtTheEdge() {
        let long = String(repeating: "東a\u{1B}", count: 3_400)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
        for y in 0..<30 { buffer.write(long, at: Point(x: 0, y: y), style: .plain, ellipsis: true) }
        #expect(buffer.line(0).hasSuffix("…"))
        #expect(buffer.line(29).hasSuffix("…"))
        #expect(!buffer.line(0).contains("\u{1B}"), "the escape is shown, not kept")
    }

    @Test func changedRowsFindsOnlyDifferences() {
        var a = ScreenBuffer(size: Size(width: 5, height: 3))
        let b = a
        a.write("x", at: Point(x: 0, y: 1), style: .plain)
        #expect(a.changedRows(since: b) == [1])
        #expect(a.changedRows(since: nil) == [0, 1, 2])
    }

    @Test func findLocatesTextByCells() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        buffer.write("東x", at: Point(x: 1, y: 1), style: .plain)
        #expect(buffer.find("x") == Point(x: 3, y: 1))
    }
}
