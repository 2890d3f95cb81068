import Foundation

/// A clock that only tests move: a monotonic reading in seconds and a wall-clock date that
/// advance together. Hand `monotonic` and `wall` to whatever takes a clock.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var elapsed: Double = 0
    private let start: Date

    public init(start: Date = Date(timeIntervalSince1970: 1_746_100_800)) {  // 2025-05-01T12:00:00Z
        self.start = start
    }

    public func advance(by seconds: Double) {
        lock.withLock { elapsed += seconds }
    }

    /// Seconds since the clock was made.
    public var seconds: Double { lock.withLock { elapsed } }

    /// The wall-clock time now.
    public var now: Date { start.addingTimeInterval(seconds) }

    public var monotonic: @Sendable () -> Double { { [self] in seconds } }
    public var wall: @Sendable () -> Date { { [self] in now } }
}
