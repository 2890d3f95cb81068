import Foundation

/// Waits for a condition, not for a time. The ceiling only stops a hang; it is never what a
/// test measures, so it is generous (minutes): a busy machine makes a passing test slower,
/// never failing.
public enum Wait {
    /// The ceiling every wait uses unless told otherwise.
    public static let ceiling: Duration = .seconds(300)

    public struct TimedOut: Error, CustomStringConvertible {
        public var waitingFor: String
        public var last: String
        public var description: String {
            last.isEmpty ? "gave up waiting for \(waitingFor)" : "gave up waiting for \(waitingFor); last seen:\n\(last)"
        }
        public init(waitingFor: String, last: String = "") {
            self.waitingFor = waitingFor
            self.last = last
        }
    }

    /// Polls `condition` until it holds; throws `TimedOut` after `ceiling`.
    /// - Parameter describe: what to show when it gives up (the last screen, the last answer…).
    public static func until(_ what: String, ceiling: Duration = Wait.ceiling, every poll: Duration = .milliseconds(20),
                             describe: () -> String = { "" }, _ condition: () async throws -> Bool) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: ceiling)
        while true {
            if try await condition() { return }
            guard clock.now < deadline else { throw TimedOut(waitingFor: what, last: describe()) }
            try await Task.sleep(for: poll)
        }
    }

    /// Polls `produce` until it returns a value; throws `TimedOut` after `ceiling`.
    public static func value<T>(_ what: String, ceiling: Duration = Wait.ceiling, every poll: Duration = .milliseconds(20),
                                _ produce: () async throws -> T?) async throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: ceiling)
        while true {
            if let value = try await produce() { return value }
            guard clock.now < deadline else { throw TimedOut(waitingFor: what) }
            try await Task.sleep(for: poll)
        }
    }

    /// The same for a thread that may block (no task to suspend).
    public static func blockingUntil(_ what: String, ceiling: Duration = Wait.ceiling, every poll: Duration = .milliseconds(20),
                                     _ condition: () throws -> Bool) throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: ceiling)
        while true {
            if try condition() { return }
            guard clock.now < deadline else { throw TimedOut(waitingFor: what) }
            usleep(UInt32(max(1, poll.components.attoseconds / 1_000_000_000_000 + poll.components.seconds * 1_000_000)))
        }
    }
}
