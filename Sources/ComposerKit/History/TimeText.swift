import Foundation

/// Times and spans as the history screen words them.
public enum TimeText {
    /// A span, to the two largest units that matter: "48 h", "47 h 59 min",
    /// "4 min 10 s", "12 s", "3 d 2 h".
    public static func span(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let days = total / 86_400, hours = total / 3600, minutes = (total % 3600) / 60, secs = total % 60
        if total < 60 { return "\(secs) s" }
        if total < 600 { return secs == 0 ? "\(minutes) min" : "\(minutes) min \(secs) s" }
        if total < 3600 { return "\(minutes) min" }
        if hours < 72 { return minutes == 0 ? "\(hours) h" : "\(hours) h \(minutes) min" }
        let rest = (total % 86_400) / 3600
        return rest == 0 ? "\(days) d" : "\(days) d \(rest) h"
    }

    /// How long ago: "just now", "12 s ago", "5 min ago", "3 h ago", "2 d ago".
    public static func ago(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        if total < 5 { return "just now" }
        if total < 60 { return "\(total) s ago" }
        if total < 3600 { return "\(total / 60) min ago" }
        if total < 86_400 * 2 { return "\(total / 3600) h ago" }
        return "\(total / 86_400) d ago"
    }

    /// `2025-05-01 14:01:02 UTC`
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) UTC"
    }

    /// An ISO 8601 time from the API shown as `utc(_:)`, or as it came when it does not parse.
    public static func utc(iso text: String) -> String {
        ISO8601DateFormatter().date(from: text).map(utc) ?? text
    }
}
