import Foundation

/// One line of the submission history: what was sent where, and which
/// files arrived. Never a secret, never a presigned link.
public struct HistoryEntry: Codable, Sendable, Equatable {
    /// The profile recorded for submissions to a sandbox that ran inside the
    /// process that sent them (`submit --sandbox`, the composer's own): only
    /// that process's sandbox ever knew their ids.
    public static let embeddedSandboxProfile = "sandbox (embedded)"

    /// The request's own id (`credential_id` of a batch or career history,
    /// `id` of a single request): the id the status calls take.
    public var id: String
    public var kind: PayloadKind
    /// ISO 8601, UTC.
    public var submittedAt: String
    /// The base URL (without any query string).
    public var endpoint: String
    public var profile: String?
    /// Items per section (`education_items: 2`); for a single request or a
    /// career history, its kind: 1.
    public var counts: [String: Int]
    public var redirectURI: String?
    public var files: [FileOutcome]

    /// What happened to the request, oldest first: when it was sent (and
    /// sent again to the same endpoint), and the final status once one was
    /// learnt. Filled by `SubmissionHistory.latest()`; not part of a line.
    public var timeline: [HistoryEvent] = []
    /// The final status an endpoint gave, kept by the history (nil: none known).
    /// Filled by `SubmissionHistory.latest()`; not part of a line.
    public var knownStatus: KnownStatus? = nil

    /// The endpoint and id that make it one request.
    public var key: HistoryKey { HistoryKey(endpoint: endpoint, id: id) }

    /// `submittedAt` as a date; nil when the line holds no valid time.
    public var submittedDate: Date? { ISO8601DateFormatter().date(from: submittedAt) }

    public struct FileOutcome: Codable, Sendable, Equatable {
        public var assetID: String
        public var fileName: String
        public var size: Int64?
        public var sha256: String?
        public var arrived: Bool

        public init(assetID: String, fileName: String, size: Int64?, sha256: String?, arrived: Bool) {
            self.assetID = assetID
            self.fileName = fileName
            self.size = size
            self.sha256 = sha256
            self.arrived = arrived
        }

        enum CodingKeys: String, CodingKey {
            case assetID = "asset_id"
            case fileName = "file_name"
            case size, sha256, arrived
        }
    }

    public init(id: String, kind: PayloadKind, submittedAt: String, endpoint: String, profile: String?,
                counts: [String: Int], redirectURI: String?, files: [FileOutcome]) {
        self.id = id
        self.kind = kind
        self.submittedAt = submittedAt
        self.endpoint = Redaction.url(endpoint)
        self.profile = profile
        self.counts = counts
        self.redirectURI = redirectURI.map(Redaction.url)
        self.files = files
    }

    enum CodingKeys: String, CodingKey {
        case id, kind
        case submittedAt = "submitted_at"
        case endpoint, profile, counts
        case redirectURI = "redirect_uri"
        case files
    }

    /// The entry for `value`, sent as `kind` to `endpoint` at `date`, with
    /// its response and the outcome of its uploads.
    public init(submitted value: JSONValue, as kind: PayloadKind, to endpoint: Endpoint, profile: String? = nil,
                response: SubmissionResponse?, uploads: [UploadResult], at date: Date = Date()) {
        self.init(id: Self.requestID(of: value, as: kind) ?? "", kind: kind,
                  submittedAt: ISO8601DateFormatter().string(from: date), endpoint: endpoint.baseURL,
                  profile: profile ?? endpoint.profileName, counts: Self.counts(of: value, as: kind),
                  redirectURI: response?.redirectURI, files: Self.outcomes(uploads))
    }

    /// The request id of `value` sent as `kind`.
    public static func requestID(of value: JSONValue, as kind: PayloadKind) -> String? {
        (kind == .microcredential ? value["id"] : value["credential_id"])?.stringValue
    }

    /// The item counts of `value` sent as `kind`.
    public static func counts(of value: JSONValue, as kind: PayloadKind) -> [String: Int] {
        switch kind {
        case .microcredential: return ["microcredential": 1]
        case .careerHistory: return ["career_history": 1]
        case .batch:
            var counts: [String: Int] = [:]
            for (section, _, _) in Validator.items(of: value) { counts[section.key, default: 0] += 1 }
            return counts
        }
    }

    /// The outcomes of `results` for the history.
    public static func outcomes(_ results: [UploadResult]) -> [FileOutcome] {
        results.map { r in
            FileOutcome(assetID: r.assetID, fileName: r.job.file.fileName, size: r.size, sha256: r.sha256, arrived: r.arrived)
        }
    }
}
