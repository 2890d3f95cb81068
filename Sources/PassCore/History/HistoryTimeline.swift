import Foundation

/// What identifies a request in the history: the endpoint it went to and
/// its own id. The same id sent to two endpoints is two requests; sent
/// again to the same endpoint, it is the same request (the API answers a
/// repeated id with the original redirect URI).
public struct HistoryKey: Hashable, Sendable, CustomStringConvertible {
    /// The base URL, as the history records it (without a query string).
    public var endpoint: String
    public var id: String

    public init(endpoint: String, id: String) {
        self.endpoint = Redaction.url(endpoint)
        self.id = id
    }

    public var description: String { "\(id) at \(endpoint)" }
}

/// One thing that happened to a request, as the history recorded it.
public struct HistoryEvent: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// Sent for the first time, with the outcome of its files.
        case sent(files: [HistoryEntry.FileOutcome])
        /// Sent again to the same endpoint (new links for its files, or a retried file).
        case sentAgain(files: [HistoryEntry.FileOutcome])
        /// The endpoint gave this final status (verified or canceled).
        case finalStatus(SubmissionStatus.State, finalizedAt: String?)
    }

    /// ISO 8601, UTC: when it happened (for a status, when it was learnt).
    public var at: String
    public var change: Change

    public init(at: String, change: Change) {
        self.at = at
        self.change = change
    }

    public var date: Date? { ISO8601DateFormatter().date(from: at) }
}

/// A final status an endpoint gave for a request, kept in the history so
/// that it is known after that endpoint has gone (a sandbox of an earlier
/// session) or forgotten the id.
public struct KnownStatus: Codable, Sendable, Equatable {
    public var state: SubmissionStatus.State
    /// When it became final, as the endpoint said (ISO 8601).
    public var finalizedAt: String?
    /// When the endpoint said so (ISO 8601, UTC).
    public var learntAt: String

    public init(state: SubmissionStatus.State, finalizedAt: String?, learntAt: String) {
        self.state = state
        self.finalizedAt = finalizedAt
        self.learntAt = learntAt
    }
}

/// A history line that records a final status: `{"event": "status", "id":
/// …, "endpoint": …, "status": "verified", "finalized_at": …, "learnt_at": …}`.
struct HistoryStatusLine: Codable, Sendable, Equatable {
    var event = "status"
    var id: String
    var endpoint: String
    var status: SubmissionStatus.State
    var finalizedAt: String?
    var learntAt: String

    enum CodingKeys: String, CodingKey {
        case event, id, endpoint, status
        case finalizedAt = "finalized_at"
        case learntAt = "learnt_at"
    }

    var key: HistoryKey { HistoryKey(endpoint: endpoint, id: id) }
    var known: KnownStatus { KnownStatus(state: status, finalizedAt: finalizedAt, learntAt: learntAt) }
}

extension SubmissionStatus.State {
    /// Verified and canceled are final: a request never leaves them.
    public var isFinal: Bool { self != .incomplete }
}
