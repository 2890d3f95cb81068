import Testing
@testable import TerminalUI

@Suite struct DateInputTests {
    @Test func digitsFillTheMaskAndSeparatorsAppear() {
        var date = DateInput(mask: .day)
        date.type("20240")
        #expect(date.text == "2024-0")
        #expect(draw(date, width: 12).line(0) == "2024-0M-DD")
        #expect(date.value == nil)
        date.type("517")
        #expect(date.value == "2024-05-17")
        #expect(date.isValid)
        let outcome13 = date.type("9")
        #expect(outcome13 == .handled)
        #expect(date.text == "2024-05-17")
    }

    @Test func lettersAndSeparatorsAreIgnored() {
        var date = DateInput(mask: .month)
        date.type("2a0-2/4x1")
        #expect(date.text == "2024-1")
    }

    @Test func shortMasks() {
        var month = DateInput(mask: .month)
        month.type("202412")
        #expect(month.value == "2024-12")
        var year = DateInput(mask: .year)
        year.type("199")
        #expect(draw(year, width: 8).line(0) == "199Y")
        year.type("9")
        #expect(year.value == "1999")
    }

    @Test func backspaceAndClear() {
        var date = DateInput(mask: .day, value: "2024-05-17")
        date.press(.backspace)
        #expect(date.text == "2024-05-1")
        date.press(.ctrl("u"))
        #expect(date.text.isEmpty)
        #expect(draw(date, width: 12).line(0) == "YYYY-MM-DD")
    }

    @Test func impossibleDatesAreFlagged() {
        #expect(!DateInput(mask: .day, value: "2023-02-29").isValid)
        #expect(DateInput(mask: .day, value: "2024-02-29").isValid)
        #expect(!DateInput(mask: .month, value: "2024-13").isValid)
        #expect(draw(DateInput(mask: .day, value: "2024-13-01"), width: 30).line(0).contains("not a date"))
    }

    @Test func pasteTakesDigits() {
        var date = DateInput(mask: .day)
        _ = date.handle(.paste("17/05/2024"))
        #expect(date.text == "1705-20-24")
    }

    @Test func cursorSitsAfterTheAutomaticSeparator() {
        var date = DateInput(mask: .day)
        date.type("2024")
        #expect(draw(date, width: 12).cursor == Point(x: 5, y: 0))
    }
}
