/// The paths of the partner API, relative to the base URL [SPEC §1].
/// A profile may override any of them.
public struct APIPaths: Sendable, Equatable {
    /// The OAuth 2.0 token endpoint [docs].
    public var token = "/api/partner/v1/oauth/token.json"
    /// The v2 batch [seed 001].
    public var batch = "/api/partner/v2/add/requests/batch.json"
    /// The career-history request [seed 003].
    public var careerHistory = "/api/partner/v2/add/requests/career_history"
    /// A single request; `{credential_type}` is replaced [docs].
    public var single = "/api/partner/v1/add/{credential_type}.json"
    /// The status of one submission; `{id}` is replaced [docs].
    public var status = "/api/partner/v1/submissions/{id}/status.json"
    /// The status of several submissions [docs].
    public var statuses = "/api/partner/v1/submissions/status.json"

    public init() {}

    public static let standard = APIPaths()

    /// The profile keys that override each path.
    public static var profileKeys: [(key: String, path: WritableKeyPath<APIPaths, String>)] { [
        ("token_path", \.token),
        ("batch_path", \.batch),
        ("career_history_path", \.careerHistory),
        ("single_path", \.single),
        ("status_path", \.status),
        ("statuses_path", \.statuses),
    ] }

    /// The path a request of `kind` is posted to.
    public func submit(_ kind: PayloadKind, credentialType: String = "microcredential") -> String {
        switch kind {
        case .batch: batch
        case .careerHistory: careerHistory
        case .microcredential: single.replacingPlaceholder("{credential_type}", with: PercentEncoding.pathSegment(credentialType))
        }
    }

    /// The status path of one submission id.
    public func status(id: String) -> String {
        status.replacingPlaceholder("{id}", with: PercentEncoding.pathSegment(id))
    }
}

extension String {
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        guard let range = range(of: placeholder) else { return self }
        return replacingCharacters(in: range, with: value)
    }
}
