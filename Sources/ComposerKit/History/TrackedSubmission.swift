import Foundation
import PassCore

/// One request of the history (an endpoint and an id) with what is known
/// of its status.
public struct TrackedSubmission: Sendable, Equatable {
    public var entry: HistoryEntry
    public var route: StatusRoute
    /// The target's rule for unfinished requests (the partner's 48 h when unknown).
    public var lifetime: RequestLifetime
    /// The last status the server gave.
    public var status: SubmissionStatus?
    /// When the server last answered for it.
    public var checkedAt: Date?
    /// Why the status is not known (or not current).
    public var problem: Problem?

    /// The request's own id.
    public var id: String { entry.id }
    /// The endpoint and id that make it one row.
    public var key: HistoryKey { entry.key }

    /// Why a status is missing or stale.
    public enum Problem: Sendable, Equatable {
        /// The server answered without this id.
        case unknownToServer
        /// The last call for it failed; `status` holds the answer before, if any.
        case callFailed(String)
    }

    public init(entry: HistoryEntry, route: StatusRoute, lifetime: RequestLifetime = .documented) {
        self.entry = entry
        self.route = route
        self.lifetime = lifetime
    }

    /// When an unfinished request is canceled or deleted by the target's rule.
    public var expiresAt: Date? {
        entry.submittedDate.map { $0.addingTimeInterval(lifetime.seconds) }
    }

    /// What the screen says of it at `now`.
    public func verdict(at now: Date) -> Verdict {
        // A final status is final: the one the history kept stands unless the endpoint gives one now.
        if let known = entry.knownStatus, status?.status.isFinal != true {
            return known.state == .verified ? .verified(known.finalizedAt) : .canceled(known.finalizedAt)
        }
        switch route {
        case .earlierSandbox: return .unknown("sandbox of an earlier session: status unknown")
        case .unreachable(let reason): return .unknown(reason + ": status unknown")
        case .target: break
        }
        let expired = expiresAt.map { now >= $0 } ?? false
        if problem == .unknownToServer {
            if expired {
                return .expired("the server no longer knows it: unfinished requests go after \(TimeText.span(lifetime.seconds))")
            }
            return .unknown("the server does not know this id")
        }
        guard let status else {
            if case .callFailed(let reason) = problem { return .unknown(reason) }
            return .checking
        }
        switch status.status {
        case .verified: return .verified(status.finalizedAt)
        case .canceled: return .canceled(status.finalizedAt)
        case .incomplete:
            guard let expiresAt else { return .incomplete(secondsLeft: nil) }
            if expired { return .expired("not accepted within \(TimeText.span(lifetime.seconds))") }
            return .incomplete(secondsLeft: expiresAt.timeIntervalSince(now))
        }
    }

    /// Whether submitting it again as a new request makes sense: it can no
    /// longer be accepted.
    public func canResubmit(at now: Date) -> Bool {
        switch verdict(at: now) {
        case .canceled, .expired: return true
        case .unknown: return route == .earlierSandbox
        default: return false
        }
    }
}

/// A submission's standing as the screen shows it.
public enum Verdict: Sendable, Equatable {
    /// Not asked yet.
    case checking
    /// Waiting for the holder; nil when the time of sending is not known.
    case incomplete(secondsLeft: Double?)
    case verified(String?)
    case canceled(String?)
    /// Past its lifetime without being accepted (the server cancels or deletes it).
    case expired(String)
    /// Nobody can say now, and why.
    case unknown(String)

    /// The one word of the status column.
    public var word: String {
        switch self {
        case .checking: "checking"
        case .incomplete: "incomplete"
        case .verified: "verified"
        case .canceled: "canceled"
        case .expired: "expired"
        case .unknown: "unknown"
        }
    }
}

extension HistoryEntry {
    /// What it carried, for people: "1 Education · 2 Microcredential".
    public var contentsText: String {
        switch kind {
        case .microcredential: return "1 Microcredential (single request)"
        case .careerHistory: return "1 Career history"
        case .batch:
            let parts = BatchSection.allCases.filter { $0 != .digitalIdentity }.compactMap { section -> String? in
                guard let n = counts[section.key], n > 0 else { return nil }
                return "\(n) \(section.title)"
            }
            return parts.isEmpty ? "no credentials" : parts.joined(separator: " · ")
        }
    }

    /// The files, for people: "2 of 2 files arrived"; empty when it had none.
    public var filesText: String {
        guard !files.isEmpty else { return "" }
        let arrived = files.filter(\.arrived).count
        let noun = files.count == 1 ? "file" : "files"
        return arrived == files.count ? "\(files.count) \(noun), all arrived" : "\(arrived) of \(files.count) \(noun) arrived"
    }
}
