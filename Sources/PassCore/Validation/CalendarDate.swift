/// A date as the partner API writes it, in one of its forms, checked
/// against the real (proleptic Gregorian) calendar.
public struct CalendarDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Why a text is not a date of the form.
    public enum Problem: Error, Sendable, Equatable {
        /// The characters do not match the form (`2024/04/30`).
        case format
        /// The form matches but no such day exists (`2024-02-30`).
        case calendar(String)
    }

    /// Parses `text` in `form`.
    public static func parse(_ text: String, as form: DateForm) -> Result<CalendarDate, Problem> {
        let bytes = Array(text.utf8)
        switch form {
        case .year:
            guard bytes.count == 4, let year = digits(bytes, 0, 4) else { return .failure(.format) }
            return validated(year: year, month: nil, day: nil)
        case .month:
            guard bytes.count == 7, bytes[4] == 0x2D, let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2)
            else { return .failure(.format) }
            return validated(year: year, month: month, day: nil)
        case .day:
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D, let year = digits(bytes, 0, 4),
                let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
            else { return .failure(.format) }
            return validated(year: year, month: month, day: day)
        case .yearOrDay:
            return bytes.count == 4 ? parse(text, as: .year) : parse(text, as: .day)
        }
    }

    private static func validated(year: Int, month: Int?, day: Int?) -> Result<CalendarDate, Problem> {
        if year < 1 { return .failure(.calendar("there is no year 0000; years run 0001 to 9999")) }
        if let month, !(1...12).contains(month) {
            return .failure(.calendar("\(pad(month)) is not a month; months run 01 to 12"))
        }
        if let month, let day {
            let last = daysIn(month: month, year: year)
            if !(1...last).contains(day) {
                return .failure(.calendar("\(monthNames[month - 1]) \(year) has days 01 to \(last)"))
            }
        }
        return .success(CalendarDate(year: year, month: month, day: day))
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Compares as far as both dates are precise: `2024` equals `2024-05`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        guard let lm = lhs.month, let rm = rhs.month else { return false }
        if lm != rm { return lm < rm }
        guard let ld = lhs.day, let rd = rhs.day else { return false }
        return ld < rd
    }
}
