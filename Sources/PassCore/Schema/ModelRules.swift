/// Every rule this project adopts where the partner documents are silent
/// (the [model] rules of the spec), in one place, as data. Correcting one
/// of them is one edit here; the validator, the encoder, the composer and
/// the sandbox all read them from this value.
public struct ModelRules: Sendable {
    /// Sections a batch always carries, sent as `[]` when empty.
    public var alwaysSentSections: [BatchSection] = [.education, .microcredential, .englishProficiency]
    /// Sections sent only when they hold something.
    public var sentWhenNonEmpty: [BatchSection] = [.rightToWork, .careerHistory, .universalCredential]
    /// A batch must carry at least one credential besides the digital identity.
    public var batchNeedsACredential = true
    /// Item `credential_id`s are unique within a batch.
    public var uniqueCredentialIDs = true
    /// `asset_id`s are unique within a batch.
    public var uniqueAssetIDs = true
    /// `majors` must be non-empty when `has_majors` is true.
    public var majorsRequiredWithHasMajors = true
    /// CEFR levels accepted in `test_scores.cefr_scores`.
    public var cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"]
    /// Values of `singapore_work_rights` known to be accepted; others warn.
    public var knownSingaporeWorkRights = ["resident"]
    /// Career history: `end_date` and `last_processed_month` not before `start_date`.
    public var careerDatesInOrder = true
    /// Career history: at least one employment record.
    public var careerNeedsEmployment = true
    /// partner_chain names: non-blank, unique within a chain, not the issuer.
    public var chainNamesNonBlank = true
    public var chainNamesUnique = true
    public var chainNameNotIssuer = true
    /// `expiry_date`/`end_date` not before the date it follows.
    public var expiryNotBeforeIssue = true
    /// OpenCert documents (single requests) must be JSON with a `version`.
    public var openCertNeedsVersion = true
    /// OpenCert documents (a single request's document, open_cert asset
    /// files) are checked offline as OpenAttestation v2: integrity, a
    /// signature at all, the recipient against full_name.
    public var openCertIntegrity = true
    /// Single-request document URLs should use https (http warns).
    public var documentURLShouldBeHTTPS = true
    /// Whether the `digital_identity` every batch carries asks for
    /// `write.digital_identity` (the seed's example names only the scopes of
    /// the other sections).
    public var digitalIdentityNeedsScope = false
    /// OAuth token answers: lifetime assumed when `expires_in` is absent, in seconds.
    public var assumedTokenLifetime = 3600
    /// Refresh a cached token this many seconds before it expires.
    public var tokenRefreshMargin = 60
    /// The body of a 4xx/5xx answer: `{"errors": [{"path": …, "message": …}]}`.
    public var errorBody = ErrorBodyShape()
    /// The largest asset file uploaded, in bytes.
    public var maximumAssetSize = 1 << 30
    /// How long a presigned upload link stays valid, in seconds.
    public var uploadLinkLifetime = 900
    /// The largest request body the API takes, in bytes.
    public var maximumRequestBody = 8 << 20
    /// The path of the holder's page, per kind, on the redirect URI's host
    /// (`/partner/add/batch` [seed 001], `/partner/add/microcredential` [docs]).
    public var holderPagePaths: [PayloadKind: String] = [
        .batch: "/partner/add/batch",
        .microcredential: "/partner/add/microcredential",
        .careerHistory: "/partner/add/career_history",
    ]

    public init() {}

    /// The names of the members of an error answer.
    public struct ErrorBodyShape: Sendable {
        public var list = "errors"
        public var path = "path"
        public var message = "message"
        public init() {}
    }

    /// The rules as shipped.
    public static let standard = ModelRules()

    /// How a batch section is sent, by these rules.
    public func isAlwaysSent(_ section: BatchSection) -> Bool {
        section == .digitalIdentity || alwaysSentSections.contains(section)
    }
}
