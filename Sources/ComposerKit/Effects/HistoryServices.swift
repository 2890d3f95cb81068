import Foundation
import PassCore

/// What the history screen needs from the world; injected by the program's
/// wiring (and by tests, with fixed answers and a fixed clock).
public struct HistoryServices: Sendable {
    /// Reads the local history and says where statuses can be asked now.
    public var load: @Sendable () async -> HistorySnapshot
    /// The statuses of `ids` (at most any number; the client asks 30 per call)
    /// from the status target named first.
    public var statuses: @Sendable (_ targetID: String, _ ids: [String]) async throws -> [SubmissionStatus]
    /// The wall clock, for "sent 5 min ago" and the time left.
    public var wallClock: @Sendable () -> Date
    /// Seconds between automatic refreshes while the screen is open.
    public var refreshInterval: Double

    public init(load: @escaping @Sendable () async -> HistorySnapshot,
                statuses: @escaping @Sendable (_ targetID: String, _ ids: [String]) async throws -> [SubmissionStatus],
                wallClock: @escaping @Sendable () -> Date = Date.init,
                refreshInterval: Double = HistoryServices.defaultRefreshInterval) {
        self.load = load
        self.statuses = statuses
        self.wallClock = wallClock
        self.refreshInterval = max(0.2, refreshInterval)
    }

    /// Ten seconds: fresh enough for a person on the phone, light on the API.
    public static let defaultRefreshInterval = 10.0
}

/// The history as read, with where its statuses can be asked.
public struct HistorySnapshot: Sendable {
    public var entries: [HistoryEntry]
    /// Lines that could not be read, and the like.
    public var notes: [String]
    public var targets: [StatusTarget]
    /// The history file, for the empty screen.
    public var path: String?

    public init(entries: [HistoryEntry], notes: [String] = [], targets: [StatusTarget], path: String? = nil) {
        self.entries = entries
        self.notes = notes
        self.targets = targets
        self.path = path
    }
}
