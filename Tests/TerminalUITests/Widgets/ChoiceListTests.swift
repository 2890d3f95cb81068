import Testing
@testable import TerminalUI

@Suite struct ChoiceListTests {
    static let countries = ["Australia", "Austria", "Belgium", "Canada", "Denmark", "Estonia", "France"]
    func list(height: Int = 4) -> ChoiceList<String> {
        ChoiceList(options: Self.countries.map { .init($0, $0) }, viewportHeight: height)
    }

    @Test func arrowsMoveAndEnterChooses() {
        var choices = list()
        choices.press(.down, .down)
        let outcome12 = choices.press(.enter)
        #expect(outcome12 == .changed)
        #expect(choices.selected == "Belgium")
        let outcome15 = choices.press(.enter)
        #expect(outcome15 == .handled)
    }

    @Test func edgesLetFocusMoveOn() {
        var choices = list()
        let outcome21 = choices.press(.up)
        #expect(outcome21 == .ignored)
        choices.press(.end)
        let outcome24 = choices.press(.down)
        #expect(outcome24 == .ignored)
    }

    @Test func typingFiltersCaseInsensitively() {
        var choices = list()
        choices.type("AUS")
        #expect(choices.visibleOptions.map(\.label) == ["Australia", "Austria"])
        choices.press(.down, .enter)
        #expect(choices.selected == "Austria")
        let buffer = draw(choices, width: 24, height: 4)
        #expect(buffer.line(0).hasPrefix("/AUS  2 of 7"))
        #expect(buffer.line(2) == "(•) Austria")
        choices.press(.escape)
        #expect(choices.filter.isEmpty)
        let outcome39 = choices.press(.escape)
        #expect(outcome39 == .ignored)
    }

    @Test func spaceChoosesOnlyWithoutAFilter() {
        var choices = list()
        choices.press(.char(" "))
        #expect(choices.selected == "Australia")
        choices.type("can")
        choices.press(.char(" "))
        #expect(choices.filter == "can ")
    }

    @Test func noMatchIsSaid() {
        var choices = list()
        choices.type("zz")
        #expect(draw(choices, width: 20, height: 3).line(1).contains("no match"))
    }

    @Test func scrollsToKeepTheHighlightVisible() {
        var choices = list(height: 3)
        choices.press(.down, .down, .down, .down)
        let buffer = draw(choices, width: 20, height: 3)
        #expect(buffer.lines.contains { $0.contains("Denmark") })
        #expect(!buffer.lines.contains { $0.contains("Australia") })
        #expect(buffer.line(0).hasSuffix("▲"))
    }
}
