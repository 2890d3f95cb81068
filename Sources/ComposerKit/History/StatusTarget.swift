import PassCore

/// A place this composer can ask for statuses now: a configured endpoint,
/// or the sandbox running inside this process.
public struct StatusTarget: Sendable, Equatable {
    /// The endpoint's name as the composer lists it (a profile, `SEEK_PASS_URL`,
    /// `sandbox (embedded)`).
    public var id: String
    /// Its base URL, as the history records it.
    public var baseURL: String
    /// The sandbox of this process: the only one that knows its requests.
    public var isEmbeddedSandbox: Bool
    /// A sandbox (embedded or not), whose rules may differ from the partner's.
    public var isSandbox: Bool
    /// How long an unfinished request lives there.
    public var lifetime: RequestLifetime

    public init(id: String, baseURL: String, isEmbeddedSandbox: Bool = false, isSandbox: Bool = false,
                lifetime: RequestLifetime = .documented) {
        self.id = id
        self.baseURL = baseURL
        self.isEmbeddedSandbox = isEmbeddedSandbox
        self.isSandbox = isSandbox || isEmbeddedSandbox
        self.lifetime = lifetime
    }
}

/// How long an unfinished request lives before the server cancels or
/// deletes it, and whose rule that is.
public struct RequestLifetime: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// 48 hours, as the partner documentation says [docs].
        case partnerDocs
        /// The setting of the sandbox in this process (`--sandbox-expiry`).
        case thisSandbox
    }

    public var seconds: Double
    public var source: Source

    public init(seconds: Double, source: Source) {
        self.seconds = seconds
        self.source = source
    }

    /// The partner's rule: 48 hours from submission.
    public static let documented = RequestLifetime(seconds: RequestID.retention.inSeconds, source: .partnerDocs)

    /// Whose rule it is, for people: "48 h after sending, the partner docs' rule".
    public var explanation: String {
        switch source {
        case .partnerDocs: "\(TimeText.span(seconds)) after sending, the partner documentation's rule"
        case .thisSandbox: "\(TimeText.span(seconds)) after sending, this session's sandbox setting"
        }
    }
}
