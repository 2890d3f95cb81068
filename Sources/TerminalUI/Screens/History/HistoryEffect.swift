import ComposerKit
import Foundation
import PassCore

/// What the history screen asks for: work off the loop (performed by ``ScreenRunner``,
/// whose results come back as ``HistoryMessage``s), and what only the composer can do.
enum HistoryEffect: Sendable {
    /// Reads the history file again.
    case load
    /// Asks each endpoint of `queries` for its statuses, answering for refresh `generation`.
    case refresh(generation: Int, [StatusQuery])
    case copy(String)
    /// Opens `url` in the browser; says `opened` when it could.
    case open(String, opened: String)
    case notify(Notice)
    case dismissNotice
    /// Opens the draft request `requestID` was sent from in the composer.
    case reopenDraft(requestID: String)
    /// Sends the request again under a new id, from the submit screen.
    case resubmit(TrackedSubmission)
    /// Back to the composer; the screen's work stops.
    case close
    case help
    case quit
}

/// What arrives from the history screen's work.
public enum HistoryMessage: Sendable {
    case loaded(HistorySnapshot)
    case answered(generation: Int, StatusQuery, [SubmissionStatus], at: Date)
    case failed(generation: Int, StatusQuery, reason: String, at: Date)
    case finished(generation: Int, at: Date)
}
