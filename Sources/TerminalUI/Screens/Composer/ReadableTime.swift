import Foundation

/// A time as people read it: "14:05" when it was today, "3 Nov 14:05" another day.
enum ReadableTime {
    static func text(_ seconds: Double, now: Double) -> String {
        let date = Date(timeIntervalSince1970: seconds)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        let sameDay = Calendar.current.isDate(date, inSameDayAs: Date(timeIntervalSince1970: now))
        formatter.dateFormat = sameDay ? "HH:mm" : "d MMM HH:mm"
        return formatter.string(from: date)
    }
}
