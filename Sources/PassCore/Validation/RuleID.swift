/// The stable name of a validation rule, e.g. `date.calendar`. Tools and
/// tests match on it; it never changes once published.
public struct RuleID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension RuleID {
    // Structure, checked against the schema of every object.
    public static let payloadKind: RuleID = "payload.kind"
    public static let type: RuleID = "type"
    public static let unknownKey: RuleID = "unknown-key"
    public static let required: RuleID = "required"
    public static let dateFormat: RuleID = "date.format"
    public static let dateCalendar: RuleID = "date.calendar"
    public static let choice: RuleID = "choice"
    public static let countryCode: RuleID = "country.code"
    /// Broken by a field of kind `.url` that is not an absolute http(s) URL.
    /// No field of the shipped schemas has that kind (a single request's
    /// `document` is checked by `documentURL`), so the catalogue omits it.
    public static let url: RuleID = "url"
    // Batch.
    public static let batchEmpty: RuleID = "batch.empty"
    public static let sectionMissing: RuleID = "section.missing"
    public static let idUnique: RuleID = "id.unique"
    /// Broken by a `credential_id`, `id` or `asset_id` holding a control
    /// character (C0, DEL, C1) or a line break.
    public static let idCharacters: RuleID = "id.characters"
    public static let assetIDUnique: RuleID = "asset.id-unique"
    public static let assetType: RuleID = "asset.type"
    public static let nameMismatch: RuleID = "name.mismatch"
    // Dates.
    public static let dateOrder: RuleID = "date.order"
    // Education.
    public static let conferralYear: RuleID = "education.conferral-year"
    public static let majors: RuleID = "education.majors"
    // English proficiency.
    public static let cefrLevel: RuleID = "english.cefr-level"
    // Right to work.
    public static let singaporeRights: RuleID = "rtw.singapore-rights"
    public static let singaporeRightsValue: RuleID = "rtw.singapore-rights-value"
    public static let singaporeRightsCountry: RuleID = "rtw.singapore-rights-country"
    // Career history.
    public static let careerRole: RuleID = "career.role"
    public static let careerEmpty: RuleID = "career.employment-empty"
    // Single L&D request.
    public static let credentialType: RuleID = "single.credential-type"
    public static let document: RuleID = "single.document"
    public static let documentURL: RuleID = "single.document-url"
    public static let openCert: RuleID = "single.opencert"
    // partner_chain.
    public static let chainEmpty: RuleID = "chain.empty"
    public static let chainBlank: RuleID = "chain.blank"
    public static let chainDuplicate: RuleID = "chain.duplicate"
    public static let chainIssuer: RuleID = "chain.issuer"
}
