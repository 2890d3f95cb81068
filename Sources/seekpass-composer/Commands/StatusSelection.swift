import Foundation
import PassCore

/// Which ids of the local history `status` asks when none are named: the
/// submissions to the endpoint in use, of the last 48 hours unless `--all`;
/// and what was left out, so that it can be said.
struct StatusSelection {
    var ids: [String] = []
    /// Submissions to other endpoints, by the name the history gives them.
    var elsewhere: [String: Int] = [:]
    /// Submissions to this endpoint older than the retention (without `--all`).
    var older = 0

    init(entries: [HistoryEntry], endpoint: Endpoint, all: Bool, now: Date) {
        let since = now.addingTimeInterval(-RequestID.retention.inSeconds)
        let base = Redaction.url(endpoint.baseURL)
        for entry in entries {
            guard entry.endpoint == base else {
                // A request is its endpoint and id: name the address, as two profiles may share a name.
                let name = entry.profile == HistoryEntry.embeddedSandboxProfile ? entry.profile ?? ""
                    : entry.profile.map { "\($0) (\(entry.endpoint))" } ?? entry.endpoint
                elsewhere[name, default: 0] += 1
                continue
            }
            if !all, let date = entry.submittedDate, date < since {
                older += 1
                continue
            }
            ids.append(entry.id)
        }
    }

    /// Notes for standard error about what was not asked.
    var notes: [String] {
        var notes: [String] = []
        if older > 0 {
            notes.append("\(older) older submission\(older == 1 ? "" : "s") to this endpoint not asked (--all asks them too)")
        }
        for (name, count) in elsewhere.sorted(by: { $0.key < $1.key }) {
            let how = name == HistoryEntry.embeddedSandboxProfile
                ? "a sandbox inside an earlier process; nobody can answer for them now"
                : "--profile or --url names that endpoint"
            notes.append("\(count) submission\(count == 1 ? "" : "s") to \(name) not asked (\(how))")
        }
        return notes
    }
}
