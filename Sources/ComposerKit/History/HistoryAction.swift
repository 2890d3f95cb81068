import Foundation
import PassCore

/// What changes the history screen's state.
public enum HistoryAction: Sendable {
    /// The history file was read; `targets` are the places statuses can be asked now.
    case loaded(entries: [HistoryEntry], notes: [String], targets: [StatusTarget])
    /// A target answered a query of refresh `generation`.
    case answered(generation: Int, StatusQuery, [SubmissionStatus], at: Date)
    /// A target's call failed.
    case failed(generation: Int, StatusQuery, reason: String, at: Date)
    /// Every query of refresh `generation` has ended.
    case refreshFinished(generation: Int, at: Date)
    /// Moves the selection by `offset` shown rows (clamped).
    case moveSelection(Int)
    /// Selects the shown row with this index (clamped).
    case select(Int)
    /// Shows only the rows whose id, profile or address contain every word of the text.
    case filter(String)
}

/// One status call to make: the ids routed to one target.
public struct StatusQuery: Sendable, Equatable {
    public var targetID: String
    public var ids: [String]

    public init(targetID: String, ids: [String]) {
        self.targetID = targetID
        self.ids = ids
    }
}
