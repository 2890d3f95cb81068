import Testing
@testable import TerminalUI

@Suite struct TextViewTests {
    static let json = """
    {
      "name": "Ana",
      "age": 42,
      "ok": true,
      "none": null,
      "tags": ["a", "b"]
    }
    """

    @Test func jsonIsColouredByRole() {
        let lines = JSONHighlighter.highlight(Self.json)
        #expect(lines.count == 7)
        #expect(lines[1] == [Span("  ", .text), Span("\"name\"", .jsonKey), Span(":", .jsonPunctuation), Span(" ", .text),
                             Span("\"Ana\"", .jsonString), Span(",", .jsonPunctuation)])
        #expect(lines[2].contains(Span("42", .jsonNumber)))
        #expect(lines[3].contains(Span("true", .jsonLiteral)))
        #expect(lines[4].contains(Span("null", .jsonLiteral)))
        #expect(lines[5].contains(Span("\"a\"", .jsonString)))
    }

    @Test func escapedQuotesStayInsideTheString() {
        let lines = JSONHighlighter.highlight(#"{"k": "say \"hi\"", "n": -1.5e3}"#)
        #expect(lines[0].contains(Span(#""say \"hi\"""#, .jsonString)))
        #expect(lines[0].contains(Span("-1.5e3", .jsonNumber)))
    }

    @Test func rendersWithLineNumbersAndColours() {
        let theme = Theme.fallback
        let view = TextView(json: Self.json, viewportHeight: 4)
        let buffer = draw(view, width: 30, height: 4, theme: theme)
        #expect(buffer.line(1) == "2   \"name\": \"Ana\",")
        #expect(buffer[x: 4, y: 1].style == theme[.jsonKey])
        #expect(buffer[x: 12, y: 1].style == theme[.jsonString])
        #expect(buffer.line(3).hasSuffix("▼"))
    }

    @Test func scrollsByLinePageAndEnds() {
        var view = TextView(json: Self.json, viewportHeight: 3)
        let outcome43 = view.press(.up)
        #expect(outcome43 == .ignored)
        view.press(.down)
        #expect(view.top == 1)
        view.press(.pageDown)
        #expect(view.top == 3)
        view.press(.end)
        #expect(view.top == 4)
        let outcome51 = view.press(.down)
        #expect(outcome51 == .ignored)
        view.press(.home)
        #expect(view.top == 0)
        view.press(.pageDown, .pageUp)
        #expect(view.top == 0)
    }

    @Test func highlightedLineUsesTheSelectionStyle() {
        let theme = Theme.fallback
        var view = TextView(json: Self.json, viewportHeight: 7)
        view.highlightedLine = 2
        let buffer = draw(view, width: 30, height: 7, theme: theme)
        #expect(buffer[x: 25, y: 2].style.background == theme[.selection].background)
        #expect(buffer[x: 25, y: 1].style.background != theme[.selection].background)
    }

    /// Its cost is measured in Benchmarks/ ("A 10,000-character line in a text view").
    @Test func aLongLineShowsItsStartAndScrollsHorizontally() {
        let long = "\"" + String(repeating: "東x", count: 5_000) + "\""
        var view = TextView(lines: JSONHighlighter.highlight(long), viewportHeight: 1, showsLineNumbers: false)
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        view.render(into: &buffer, rect: buffer.bounds, theme: .fallback, focused: true)
        #expect(buffer.line(0) == "\"東x東x東x")
        view.press(.right)
        #expect(draw(view, width: 10, height: 1).line(0) == " x東x東x東")
    }

    @Test func controlCharactersInContentAreSanitised() {
        let view = TextView(lines: [[Span("evil\u{1B}]52;c;x\u{7}", .text)]], viewportHeight: 1, showsLineNumbers: false)
        #expect(draw(view, width: 30, height: 1).line(0) == "evil␛]52;c;x␇")
    }
}
