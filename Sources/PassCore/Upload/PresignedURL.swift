import Foundation

/// What can be told from a presigned upload link without asking the
/// store: when it expires, from `X-Amz-Date` + `X-Amz-Expires` (S3
/// signature v4) or `Expires` (a Unix time, as S3 v2 and others).
public enum PresignedURL {
    /// When `url` stops working; nil when it does not say.
    public static func expiry(of url: String) -> Date? {
        guard let q = url.firstIndex(of: "?") else { return nil }
        let query = url[url.index(after: q)...].prefix { $0 != "#" }
        let values = PercentEncoding.fields(query, lowercasingKeys: true)
        if let start = values["x-amz-date"].flatMap(parseAmzDate), let seconds = values["x-amz-expires"].flatMap(Int.init) {
            return start.addingTimeInterval(TimeInterval(seconds))
        }
        if let epoch = values["expires"].flatMap(Int.init) {
            return Date(timeIntervalSince1970: TimeInterval(epoch))
        }
        return nil
    }

    /// `20240131T235959Z`
    static func parseAmzDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.date(from: text)
    }

    /// `date` as `X-Amz-Date` writes it.
    public static func amzDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
