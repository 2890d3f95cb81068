/// Where a submission stands for its holder [docs].
public struct SubmissionStatus: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable, CaseIterable {
        /// Accepted by the holder into their wallet.
        case verified
        /// Withdrawn, or expired unfinished (after 48 h).
        case canceled
        /// Waiting for the holder.
        case incomplete
    }

    public var id: String
    public var status: State
    /// When it became verified or canceled (ISO 8601); nil while incomplete.
    public var finalizedAt: String?

    public init(id: String, status: State, finalizedAt: String? = nil) {
        self.id = id
        self.status = status
        self.finalizedAt = finalizedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case status
        case finalizedAt = "finalized_at"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        if let finalizedAt {
            try container.encode(finalizedAt, forKey: .finalizedAt)
        } else {
            try container.encodeNil(forKey: .finalizedAt)
        }
    }
}
