import Foundation
import PassCore

extension TrackedSubmission {
    /// The status in a sentence: what it means for the holder and what can be done.
    public func statusLine(at now: Date) -> String {
        var line: String
        switch verdict(at: now) {
        case .checking: line = "checking…"
        case .incomplete: line = "incomplete: waiting for the holder to accept"
        case .verified(let at): line = "verified: the holder accepted it" + (at.map { " at " + TimeText.utc(iso: $0) } ?? "")
        case .canceled(let at):
            line = "canceled" + (at.map { " at " + TimeText.utc(iso: $0) } ?? "") + ": it can no longer be accepted; S sends it again"
        case .expired(let reason): line = "expired: \(reason); S sends it again"
        case .unknown(let reason): line = "unknown: \(reason)"
        }
        if let known = entry.knownStatus, status?.status.isFinal != true {
            let learnt = ISO8601DateFormatter().date(from: known.learntAt).map { " " + TimeText.ago(now.timeIntervalSince($0)) } ?? ""
            line += " (kept in the history: its endpoint said so\(learnt))"
        } else if status != nil, case .callFailed(let reason)? = problem {
            line += checkedAt.map { " (as of \(TimeText.ago(now.timeIntervalSince($0)))" } ?? " ("
            line += "; now \(reason))"
        } else if let checkedAt, route != .earlierSandbox {
            line += " · checked \(TimeText.ago(now.timeIntervalSince(checkedAt)))"
        }
        return line
    }

    /// When an unfinished request goes, and by whose rule; nil once it is finished.
    public func expiryLine(at now: Date) -> String? {
        switch verdict(at: now) {
        case .incomplete(let left?):
            return "in \(TimeText.span(left)) (\(lifetime.explanation))"
        case .checking, .incomplete(nil):
            return expiresAt.map { "\(TimeText.utc($0)) at the latest (\(lifetime.explanation))" }
        case .unknown:
            guard route != .earlierSandbox, let expiresAt else { return nil }
            return now < expiresAt ? "in \(TimeText.span(expiresAt.timeIntervalSince(now))) if not accepted (\(lifetime.explanation))" : nil
        default:
            return nil
        }
    }
}

extension HistoryEntry {
    /// Its timeline for people, one part per event, oldest first: "sent 5 min ago",
    /// "sent again 2 min ago (1 of 1 file arrived)", "verified 1 min ago".
    public func timelineParts(at now: Date) -> [String] {
        timeline.map { event in
            let when = event.date.map { TimeText.ago(now.timeIntervalSince($0)) } ?? event.at
            switch event.change {
            case .sent: return "sent \(when)"
            case .sentAgain(let files):
                guard !files.isEmpty else { return "sent again \(when)" }
                let arrived = files.filter(\.arrived).count
                return "sent again \(when) (\(arrived) of \(files.count) file\(files.count == 1 ? "" : "s") arrived)"
            case .finalStatus(let state, let finalizedAt):
                // When it became final, as the endpoint said; else when that was learnt.
                let final = finalizedAt.flatMap { ISO8601DateFormatter().date(from: $0) }
                return "\(state.rawValue) \(final.map { TimeText.ago(now.timeIntervalSince($0)) } ?? when)"
            }
        }
    }
}
