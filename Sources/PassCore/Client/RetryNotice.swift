/// An API call's attempt that failed and will be made again after a wait,
/// for a display that wants to say so while it waits.
public struct RetryNotice: Sendable, Equatable {
    /// The attempt that failed (1-based).
    public var attempt: Int
    public var maxAttempts: Int
    /// Why, in words (no secrets).
    public var cause: String
    /// The wait before the next attempt.
    public var delay: Duration

    public init(attempt: Int, maxAttempts: Int, cause: String, delay: Duration) {
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.cause = cause
        self.delay = delay
    }
}

/// Told before each wait between attempts of an API call.
public typealias RetryObserver = @Sendable (RetryNotice) -> Void
