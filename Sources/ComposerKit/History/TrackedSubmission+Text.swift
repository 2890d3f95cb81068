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
        if status != nil, case .callFailed(let reason)? = problem {
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
