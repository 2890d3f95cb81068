import PassCore

/// How the status of one submission can be had now.
public enum StatusRoute: Sendable, Equatable {
    /// Ask the target with this id.
    case target(String)
    /// It went to a sandbox inside an earlier process, which is gone: nobody
    /// can answer for it.
    case earlierSandbox
    /// It went to an endpoint this composer has no configuration for now.
    case unreachable(String)

    /// The route for `entry` among `targets`: the endpoint it was sent to
    /// (same name and address first, then the same address under another
    /// name); the sandbox of this process only for entries it received.
    public static func of(_ entry: HistoryEntry, among targets: [StatusTarget]) -> StatusRoute {
        if entry.profile == HistoryEntry.embeddedSandboxProfile {
            let running = targets.first { $0.isEmbeddedSandbox && $0.baseURL == entry.endpoint }
            return running.map { .target($0.id) } ?? .earlierSandbox
        }
        let others = targets.filter { !$0.isEmbeddedSandbox }
        if let exact = others.first(where: { $0.id == entry.profile && $0.baseURL == entry.endpoint }) {
            return .target(exact.id)
        }
        if let sameAddress = others.first(where: { $0.baseURL == entry.endpoint }) {
            return .target(sameAddress.id)
        }
        let name = entry.profile.map { "profile \($0) (\(entry.endpoint))" } ?? entry.endpoint
        return .unreachable("sent to \(name), which is not configured here now")
    }
}
