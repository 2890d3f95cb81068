import Foundation

/// Dates, times and spans as the holder's page writes them.
enum HolderText {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2024-04-30` → "30 Apr 2024", `2024-01` → "Jan 2024", `2024` stays;
    /// anything else is shown as it came.
    static func date(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, parts[0].count == 4, Int(parts[0]) != nil,
            let month = Int(parts[1]), (1...12).contains(month), parts[1].count == 2
        else { return text }
        let monthYear = months[month - 1] + " " + parts[0]
        guard parts.count == 3 else { return monthYear }
        guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return text }
        return "\(day) " + monthYear
    }

    /// A moment in UTC: "22 Nov 2026, 10:42 UTC".
    static func moment(_ date: Date) -> String {
        let calendar = Calendar(identifier: .gregorian)
        var utc = calendar
        utc.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = c.year, let month = c.month, let day = c.day, let hour = c.hour, let minute = c.minute else {
            return ISO8601.string(date)
        }
        return "\(day) \(months[month - 1]) \(year), " + two(hour) + ":" + two(minute) + " UTC"
    }

    /// The time left in words: "47 h 59 min", "4 min 10 s", "9 s".
    static func span(seconds: Int) -> String {
        let s = max(0, seconds)
        if s >= 3600 { return "\(s / 3600) h \(s % 3600 / 60) min" }
        if s >= 60 { return "\(s / 60) min \(s % 60) s" }
        return "\(s) s"
    }

    private static func two(_ n: Int) -> String {
        n < 10 ? "0\(n)" : "\(n)"
    }

    /// `government_database` → "government database".
    static func choice(_ value: String) -> String {
        value.replacingOccurrences(of: "_", with: " ")
    }

    /// A country's English name and code, "Singapore (SG)"; the code alone when unknown.
    static func country(_ code: String) -> String {
        countryName(code).map { "\($0) (\(code))" } ?? code
    }

    /// A country's English name, "Singapore"; nil when unknown.
    static func countryName(_ code: String) -> String? {
        guard let name = Locale(identifier: "en_US").localizedString(forRegionCode: code), name != code, !name.isEmpty else { return nil }
        return name
    }

    /// "1 credential", "9 credentials".
    static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}
