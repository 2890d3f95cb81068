import Testing
@testable import PassCore

/// Dates of the three forms against the real calendar.
struct CalendarDateTests {
    @Test(arguments: [
        ("2024-02-29", DateForm.day), ("2000-02-29", .day), ("2023-12-31", .day), ("0001-01-01", .day),
        ("2024-01", .month), ("2024-12", .month), ("2024", .year), ("9999", .year),
        ("2023", .yearOrDay), ("2023-06-30", .yearOrDay),
    ])
    func realDatesParse(_ text: String, _ form: DateForm) {
        guard case .success = CalendarDate.parse(text, as: form) else {
            Issue.record("\(text) should be a date of the form \(form.mask)")
            return
        }
    }

    @Test(arguments: [
        ("2023-02-29", DateForm.day), ("2024-02-30", .day), ("1900-02-29", .day), ("2024-04-31", .day),
        ("2024-13-01", .day), ("2024-00-10", .day), ("2024-01-00", .day), ("2024-13", .month), ("2024-00", .month),
        ("0000", .year), ("0000-01-01", .day),
    ])
    func impossibleDatesAreCalendarProblems(_ text: String, _ form: DateForm) {
        guard case .failure(.calendar) = CalendarDate.parse(text, as: form) else {
            Issue.record("\(text) should not exist in the calendar")
            return
        }
    }

    @Test(arguments: [
        ("2024-2-29", DateForm.day), ("2024/02/29", .day), ("24-02-29", .day), ("2024-02-29T00:00", .day),
        ("２０２４-02-29", .day), ("2024-02", .day), ("2024-1", .month), ("2024-01-01", .month), ("24", .year),
        ("2024-06", .yearOrDay), ("", .year), ("+202", .year), ("-001", .year),
    ])
    func otherLayoutsAreFormatProblems(_ text: String, _ form: DateForm) {
        #expect(CalendarDate.parse(text, as: form) == .failure(.format))
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(CalendarDate.isLeap(2024) && CalendarDate.isLeap(2000) && CalendarDate.isLeap(1600))
        #expect(!CalendarDate.isLeap(2023) && !CalendarDate.isLeap(1900) && !CalendarDate.isLeap(2100))
        #expect((1...12).map { CalendarDate.daysIn(month: $0, year: 2023) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test func datesCompareAsFarAsBothArePrecise() throws {
        func date(_ text: String, _ form: DateForm) throws -> CalendarDate { try CalendarDate.parse(text, as: form).get() }
        #expect(try date("2024-04-29", .day) < date("2024-04-30", .day))
        #expect(try date("2023-12", .month) < date("2024-01", .month))
        #expect(try !(date("2024", .year) < date("2024-05-01", .day)))
        #expect(try !(date("2024-05-01", .day) < date("2024", .year)))
    }

    @Test(arguments: [
        ("2024-4-30", DateForm.day, "2024-04-30"), ("2024/04/30", .day, "2024-04-30"), ("2024.4.3", .day, "2024-04-03"),
        ("30/04/2024", .day, "2024-04-30"), ("4/30/2024", .day, "2024-04-30"), ("2024/1", .month, "2024-01"),
        ("01/2024", .month, "2024-01"), ("2023-5-31", .yearOrDay, "2023-05-31"),
    ])
    func unambiguousLayoutsAreRewritten(_ text: String, _ form: DateForm, _ rewritten: String) {
        #expect(CalendarDate.rewrite(text, as: form) == rewritten)
    }

    @Test(arguments: [
        ("04/05/2024", DateForm.day), ("2023-02-29", .day), ("2024-02-30", .day), ("30/13/2024", .day),
        ("April 30 2024", .day), ("2024-04-30", .day), ("2024", .month), ("24/1", .month),
    ])
    func ambiguousOrImpossibleLayoutsAreNotRewritten(_ text: String, _ form: DateForm) {
        #expect(CalendarDate.rewrite(text, as: form) == nil)
    }
}
