import Foundation

/// How often and how long to wait before trying a request again: a bounded
/// number of attempts, exponential backoff with full jitter, and the
/// server's `Retry-After` honoured (up to a cap).
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The wait before the second attempt, before jitter.
    public var baseDelay: Duration
    /// No wait is longer than this, `Retry-After` included.
    public var maxDelay: Duration

    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    public static let standard = RetryPolicy()

    /// The wait after failed attempt number `attempt` (1-based). A
    /// `retryAfter` from the server wins over the backoff; `unit` is a
    /// number in 0..<1 that spreads clients apart (full jitter).
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, unit: Double) -> Duration {
        if let retryAfter { return min(retryAfter, maxDelay) }
        let exponent = min(max(attempt - 1, 0), 20)
        let ceiling = min(baseDelay * (1 << exponent), maxDelay)
        return ceiling * min(max(unit, 0), 1)
    }

    /// Parses a `Retry-After` value: seconds, or an HTTP date (then
    /// relative to `now`). nil when it is neither.
    public static func parseRetryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        let seconds = max(0, date.timeIntervalSince(now))
        return .milliseconds(Int64(seconds * 1000))
    }
}

/// Waits between attempts. Tests pass one that records and returns at once.
public protocol Sleeper: Sendable {
    func sleep(for duration: Duration) async throws
}

/// The real wait, on the continuous clock; cancellable.
public struct TaskSleeper: Sleeper {
    public init() {}
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
