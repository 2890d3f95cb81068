import ComposerKit

/// A date typed as digits into a mask: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Separators appear
/// by themselves and the rest of the mask shows as a muted placeholder.
public struct DateInput: Widget, Hashable, Sendable {
    public enum Mask: String, CaseIterable, Hashable, Sendable {
        case day = "YYYY-MM-DD"
        case month = "YYYY-MM"
        case year = "YYYY"

        /// How many digits fill the mask.
        public var digitCount: Int { rawValue.filter { $0 != "-" }.count }
    }

    public enum Action: Sendable { case deleteBackward, clear, submit }

    public var mask: Mask
    /// The digits typed so far.
    public private(set) var digits: [Character]

    /// A field for a ComposerKit date mask.
    public init(dateMask mask: DateMask, value: String = "") {
        let own: Mask = switch mask {
        case .day: .day
        case .month: .month
        case .year: .year
        }
        self.init(mask: own, value: value)
    }

    /// A field with `value` (any text; its digits fill the mask).
    public init(mask: Mask, value: String = "") {
        self.mask = mask
        self.digits = Array(value.filter(\.isASCIIDigit).prefix(mask.digitCount))
    }

    public var acceptsText: Bool { true }

    /// Whether every digit of the mask is filled.
    public var isComplete: Bool { digits.count == mask.digitCount }

    /// The typed part with separators, e.g. `2024-0` while typing, `2024-05-17` when done.
    public var text: String {
        var out = "", index = 0
        for m in mask.rawValue {
            guard index < digits.count else { break }
            if m == "-" { out.append("-") } else { out.append(digits[index]); index += 1 }
        }
        return out
    }

    /// The complete value, or nil while digits are missing.
    public var value: String? { isComplete ? text : nil }

    /// Whether a complete value is a real date (month 01–12, day within the month).
    public var isValid: Bool {
        guard isComplete else { return false }
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

    public static let keys = KeyTable<Action>("Date field", [
        KeyBinding([.backspace, .left], .deleteBackward, "Delete the last digit"),
        KeyBinding([.ctrl("u"), .delete], .clear, "Clear the date"),
        KeyBinding(.enter, .submit, "Confirm the field"),
    ])

    public var keyHelp: HelpSection {
        var section = Self.keys.help
        section.entries.insert(HelpEntry(keys: "0-9", text: "Type the date's digits; separators are added"), at: 0)
        return section
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        switch input {
        case .paste(let text):
            let before = digits
            for c in text where c.isASCIIDigit && digits.count < mask.digitCount { digits.append(c) }
            return before == digits ? .handled : .changed
        case .key(let key):
            switch Self.keys.action(for: key) {
            case .deleteBackward?:
                guard !digits.isEmpty else { return .handled }
                digits.removeLast()
                return .changed
            case .clear?:
                guard !digits.isEmpty else { return .handled }
                digits.removeAll()
                return .changed
            case .submit?:
                return .submitted
            case nil:
                guard let c = key.text else { return .ignored }
                guard c.isASCIIDigit, digits.count < mask.digitCount else { return .handled }
                digits.append(c)
                return .changed
            }
        }
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let area = rect.row(0)
        guard !area.isEmpty else { return }
        var style = focused ? theme[.fieldFocused] : theme[.field]
        if isComplete, !isValid { style.foreground = theme[.error].foreground; style.attributes.insert(.bold) }
        buffer.fill(Rect(x: area.x, y: area.y, width: min(area.width, mask.rawValue.count + 1), height: 1), style: style)
        let typed = text
        let used = buffer.write(typed, at: Point(x: area.x, y: area.y), style: style, maxWidth: area.width)
        var placeholder = theme[.muted]
        placeholder.background = style.background
        let rest = String(mask.rawValue.dropFirst(typed.count))
        buffer.write(rest, at: Point(x: area.x + used, y: area.y), style: placeholder, maxWidth: area.width - used)
        if isComplete, !isValid, area.width > mask.rawValue.count + 10 {
            buffer.write("not a date", at: Point(x: area.x + mask.rawValue.count + 2, y: area.y), style: theme[.error])
        }
        if focused {
            let next = digits.count < mask.digitCount ? TextLayout.width(typed) + (nextIsSeparator ? 1 : 0) : TextLayout.width(typed)
            buffer.cursor = Point(x: min(area.x + next, area.maxX - 1), y: area.y)
        }
    }

    private var nextIsSeparator: Bool {
        let maskCharacters = Array(mask.rawValue)
        let position = text.count
        return position < maskCharacters.count && maskCharacters[position] == "-"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
