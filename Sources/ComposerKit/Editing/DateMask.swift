import PassCore

/// A date typed as digits into a mask: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Separators come by
/// themselves. The field's text is the digits typed so far with their separators
/// (`2024-0` while typing), so it can be read back from the document at any moment.
public enum DateMask: String, CaseIterable, Hashable, Sendable {
    case day = "YYYY-MM-DD"
    case month = "YYYY-MM"
    case year = "YYYY"

    /// The mask of a date form; nil for a form that takes either a year or a day.
    public init?(_ form: DateForm) {
        switch form {
        case .day: self = .day
        case .month: self = .month
        case .year: self = .year
        case .yearOrDay: return nil
        }
    }

    /// How many digits fill the mask.
    public var digitCount: Int { rawValue.filter { $0 != "-" }.count }

    /// The digits of `text`, as many as the mask takes.
    public func digits(of text: String) -> [Character] {
        Array(text.filter { $0.isASCII && $0.isNumber }.prefix(digitCount))
    }

    /// `digits` with the mask's separators: `2024-0` for five digits of a day.
    public func text(of digits: [Character]) -> String {
        var out = "", index = 0
        for m in rawValue {
            guard index < digits.count else { break }
            if m == "-" { out.append("-") } else { out.append(digits[index]); index += 1 }
        }
        return out
    }

    /// Whether `text` shows in the mask as it is (nothing would be lost by editing it there).
    public func fits(_ text: String) -> Bool {
        text.isEmpty || self.text(of: digits(of: text)) == text
    }

    /// The text after typing `typed` (its digits; anything else is not taken).
    public func typing(_ typed: String, into text: String) -> String {
        var all = digits(of: text)
        for c in typed where c.isASCII && c.isNumber && all.count < digitCount { all.append(c) }
        return self.text(of: all)
    }

    /// The text after a deletion: Backspace takes the last digit, clearing empties it.
    public func deleting(_ edit: TextEdit, from text: String) -> String {
        var all = digits(of: text)
        switch edit {
        case .deleteBackward, .left, .deleteWordBackward:
            if !all.isEmpty { all.removeLast() }
        case .clear, .deleteToStart, .deleteForward, .deleteToEnd, .deleteWordForward:
            all.removeAll()
        case .right, .wordLeft, .wordRight, .home, .end:
            break
        }
        return self.text(of: all)
    }

    /// Whether a complete value is a real date (month 01–12, day within the month).
    public func isRealDate(_ text: String) -> Bool {
        guard digits(of: text).count == digitCount else { return false }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count >= 2, !(1...12).contains(parts[1]) { return false }
        if parts.count == 3 {
            let (year, month, day) = (parts[0], parts[1], parts[2])
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if !(1...days).contains(day) { return false }
        }
        return true
    }
}
