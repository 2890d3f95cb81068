import Foundation
import PassCore

/// The history screen's state: every request of the local history — one
/// row per endpoint and id — newest first, with what its endpoint last
/// said of it. Changed only by
/// `apply(_:)` and `beginRefresh()`; no clock, no network, no files.
public struct HistoryState: Sendable, Equatable {
    /// Every submission, newest first.
    public private(set) var rows: [TrackedSubmission] = []
    /// Words a shown row must contain (in its id, profile or address), as typed.
    public private(set) var filter = ""
    /// The rows the filter lets through; `selected` indexes these.
    public private(set) var visible: [TrackedSubmission] = []
    /// Lines of the history file that could not be read, and the like.
    public private(set) var notes: [String] = []
    public private(set) var targets: [StatusTarget] = []
    public private(set) var isLoaded = false
    public private(set) var selected = 0
    /// The refresh in flight, if any.
    public private(set) var refreshing: Int?
    /// When the last refresh ended.
    public private(set) var lastRefresh: Date?
    /// Why a target's last call failed, by target id (one line each, not one per request).
    public private(set) var failures: [String: String] = [:]
    private var generation = 0

    public init() {}

    public var selectedRow: TrackedSubmission? {
        visible.indices.contains(selected) ? visible[selected] : nil
    }

    public mutating func apply(_ action: HistoryAction) {
        switch action {
        case .loaded(let entries, let notes, let targets):
            let keep = selectedRow?.key
            self.targets = targets
            self.notes = notes
            let ordered = entries.enumerated().sorted { a, b in
                switch (a.element.submittedDate, b.element.submittedDate) {
                case let (x?, y?) where x != y: return x > y
                default: return a.offset > b.offset
                }
            }.map(\.element)
            let previous = Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            rows = ordered.map { entry in
                let route = StatusRoute.of(entry, among: targets)
                var row = TrackedSubmission(entry: entry, route: route, lifetime: lifetime(of: route))
                if let old = previous[entry.key], old.route == route {
                    row.status = old.status
                    row.checkedAt = old.checkedAt
                    row.problem = old.problem
                }
                return row
            }
            isLoaded = true
            refilter(keeping: keep)
        case .answered(let generation, let query, let statuses, let date):
            guard generation == refreshing else { return }
            failures[query.targetID] = nil
            var byID: [String: SubmissionStatus] = [:]
            for status in statuses { byID[status.id] = status }
            for id in query.ids {
                update(id, at: query.targetID) { row in
                    row.checkedAt = date
                    if let status = byID[id] {
                        row.status = status
                        row.problem = nil
                    } else {
                        row.status = nil
                        row.problem = .unknownToServer
                    }
                }
            }
        case .failed(let generation, let query, let reason, _):
            guard generation == refreshing else { return }
            failures[query.targetID] = reason
            for id in query.ids {
                update(id, at: query.targetID) { $0.problem = .callFailed("\(query.targetID) did not answer: \(reason)") }
            }
        case .refreshFinished(let generation, let date):
            guard generation == refreshing else { return }
            refreshing = nil
            lastRefresh = date
        case .moveSelection(let offset):
            selected = max(0, min(visible.count - 1, selected + offset))
        case .select(let index):
            selected = max(0, min(visible.count - 1, index))
        case .filter(let text):
            filter = text
            refilter(keeping: selectedRow?.key)
        }
    }

    /// Recomputes the shown rows, keeping the selection on `id` when it is still shown.
    private mutating func refilter(keeping key: HistoryKey?) {
        let words = filter.lowercased().split(separator: " ")
        visible = rows.filter { row in
            let text = [row.id, row.entry.profile ?? "", row.entry.endpoint].joined(separator: " ").lowercased()
            return words.allSatisfy { text.contains($0) }
        }
        selected = key.flatMap { key in visible.firstIndex { $0.key == key } } ?? 0
    }

    /// Starts a refresh: its generation and the calls to make (one per
    /// target, every id routed there). Nil while one is in flight or when
    /// there is nothing any target could answer.
    public mutating func beginRefresh() -> (generation: Int, queries: [StatusQuery])? {
        guard refreshing == nil else { return nil }
        let queries = self.queries
        guard !queries.isEmpty else { return nil }
        generation += 1
        refreshing = generation
        return (generation, queries)
    }

    /// The calls a refresh makes, in the order of the targets.
    public var queries: [StatusQuery] {
        targets.compactMap { target in
            var ids: [String] = []
            for row in rows where row.route == .target(target.id) && !ids.contains(row.id) { ids.append(row.id) }
            return ids.isEmpty ? nil : StatusQuery(targetID: target.id, ids: ids)
        }
    }

    /// How many rows show each status word at `now`, in a fixed order.
    public func counts(at now: Date) -> [(word: String, count: Int)] {
        var counts: [String: Int] = [:]
        for row in rows { counts[row.verdict(at: now).word, default: 0] += 1 }
        return ["verified", "incomplete", "canceled", "expired", "unknown", "checking"].compactMap { word in
            counts[word].map { (word, $0) }
        }
    }

    private func lifetime(of route: StatusRoute) -> RequestLifetime {
        guard case .target(let id) = route, let target = targets.first(where: { $0.id == id }) else { return .documented }
        return target.lifetime
    }

    /// Changes the rows of request `id` that are asked of `targetID` (not
    /// those of the same id sent elsewhere).
    private mutating func update(_ id: String, at targetID: String, _ change: (inout TrackedSubmission) -> Void) {
        for index in rows.indices where rows[index].id == id && rows[index].route == .target(targetID) {
            change(&rows[index])
            let key = rows[index].key
            if let shown = visible.firstIndex(where: { $0.key == key }) { visible[shown] = rows[index] }
        }
    }
}
