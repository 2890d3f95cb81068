extension CalendarDate {
    /// `text` rewritten in `form` when it plainly means one real date in
    /// another layout: `2024-4-30`, `2024/04/30`, `30/04/2024`, `2024.4`.
    /// Day-first and month-first layouts are told apart only when the day is
    /// above 12; otherwise there is no rewrite.
    public static func rewrite(_ text: String, as form: DateForm) -> String? {
        let parts = text.trimmed.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        let separators = text.trimmed.filter { !($0.isASCII && $0.isNumber) }
        guard separators.allSatisfy({ "-/. ".contains($0) }) else { return nil }
        let candidate: String?
        switch (form, parts.count) {
        case (.day, 3), (.yearOrDay, 3):
            let first = parts[0], second = parts[1], third = parts[2]
            if first >= 1000 {
                candidate = day(first, second, third)
            } else if third >= 1000, first > 12, second <= 12 {
                candidate = day(third, second, first)
            } else if third >= 1000, second > 12, first <= 12 {
                candidate = day(third, first, second)
            } else {
                candidate = nil
            }
        case (.month, 2):
            if parts[0] >= 1000 {
                candidate = "\(parts[0])-\(pad(parts[1]))"
            } else if parts[1] >= 1000 {
                candidate = "\(parts[1])-\(pad(parts[0]))"
            } else {
                candidate = nil
            }
        default:
            candidate = nil
        }
        guard let candidate, candidate != text, case .success = parse(candidate, as: form) else { return nil }
        return candidate
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-\(pad(month))-\(pad(day))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
