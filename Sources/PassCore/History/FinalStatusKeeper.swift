import Foundation

/// Keeps in the history every final status an endpoint gives for a request
/// the history holds, once: what `status` and the history screen learn is
/// never lost, even after that endpoint has gone or forgotten the id.
public actor FinalStatusKeeper {
    private let history: SubmissionHistory
    /// The requests of the history, and those whose final status is kept; read once.
    private var requests: Set<HistoryKey>?
    private var kept: Set<HistoryKey> = []

    public init(history: SubmissionHistory) {
        self.history = history
    }

    /// Records the final ones among `statuses` given by `endpoint`; returns
    /// why that failed, if it did (the statuses are shown all the same).
    @discardableResult
    public func keep(_ statuses: [SubmissionStatus], endpoint: String, at date: Date = Date()) -> String? {
        let finals = statuses.filter(\.status.isFinal)
        guard !finals.isEmpty else { return nil }
        let keys = finals.map { HistoryKey(endpoint: endpoint, id: $0.id) }.filter { !kept.contains($0) }
        guard !keys.isEmpty else { return nil }
        // Read again when a request is new to us (sent since, from here or another process).
        if requests == nil || keys.contains(where: { requests?.contains($0) != true }) {
            let entries = history.latest().entries
            requests = Set(entries.map(\.key))
            kept.formUnion(entries.filter { $0.knownStatus != nil }.map(\.key))
        }
        var problem: String?
        for status in finals {
            let key = HistoryKey(endpoint: endpoint, id: status.id)
            guard requests?.contains(key) == true, !kept.contains(key) else { continue }
            do {
                try history.append(finalStatus: status, endpoint: endpoint, at: date)
                kept.insert(key)
            } catch {
                problem = "\(error)"
            }
        }
        return problem
    }
}
