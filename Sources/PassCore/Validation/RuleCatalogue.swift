/// Every rule the validator applies, described once: the rule id, what it
/// requires, where the spec states it and whether it is [model].
/// `seekpass-composer rules` prints it and docs/api-mapping.md is made from it.
public struct RuleDescription: Sendable, Codable, Equatable {
    public var id: RuleID
    public var severity: Finding.Severity
    public var summary: String
    /// The section of SPEC.md that states the rule.
    public var spec: String
    public var provenance: Provenance
    /// Where in the code it is checked.
    public var checkedIn: String
    /// The members its findings point at, as paths or keys.
    public var reportedAt: String

    public init(id: RuleID, severity: Finding.Severity, summary: String, spec: String, provenance: Provenance,
                checkedIn: String, reportedAt: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.spec = spec
        self.provenance = provenance
        self.checkedIn = checkedIn
        self.reportedAt = reportedAt
    }
}

public enum RuleCatalogue {
    /// Every rule: the payload's, then the files'.
    public static let all: [RuleDescription] = payload + files

    /// The checks of asset files before anything is sent (`AssetPreflight`);
    /// they look at disk, not at the payload, so the validator does not run them.
    public static let files: [RuleDescription] = [
        .init(id: .assetFileMissing, severity: .error, summary: "Every declared asset has a file to upload.",
              spec: "§1", provenance: .seed, checkedIn: "AssetPreflight", reportedAt: "the asset's declaration"),
        .init(id: .assetFileUnknown, severity: .error, summary: "Every file given is for a declared asset_id.",
              spec: "§1", provenance: .model, checkedIn: "AssetPreflight", reportedAt: "the asset's declaration"),
        .init(id: .assetFileUnreadable, severity: .error, summary: "An asset file exists, is a regular file (no FIFO or device) and is readable.",
              spec: "§1", provenance: .model, checkedIn: "AssetPreflight", reportedAt: "the asset's declaration"),
        .init(id: .assetFileSize, severity: .error, summary: "An asset file is not empty and within the size limit.",
              spec: "§1", provenance: .model, checkedIn: "AssetPreflight, ModelRules.maximumAssetSize", reportedAt: "the asset's declaration"),
        .init(id: .assetFileType, severity: .error, summary: "An asset file's bytes are of its asset_type (PDF %PDF-, PNG signature, JPEG SOI, OpenCert JSON with an OpenAttestation version).",
              spec: "§1, §3", provenance: .seed, checkedIn: "AssetPreflight, FileSignature", reportedAt: "the asset's declaration"),
    ]

    /// The rules of the payload itself, which the validator applies.
    public static let payload: [RuleDescription] = [
        .init(id: .payloadKind, severity: .error, summary: "The file is a batch, a single L&D request or a career history.",
              spec: "§2–§4", provenance: .seed, checkedIn: "PayloadKind.detect, Validator.validate(_:), PayloadFile.parse", reportedAt: "`$`"),
        .init(id: .type, severity: .error, summary: "Every value has the JSON type of its field; null only where allowed.",
              spec: "§6", provenance: .model, checkedIn: "StructureCheck.field", reportedAt: "any member of the schema"),
        .init(id: .unknownKey, severity: .error, summary: "No member outside the documented fields (with a did-you-mean).",
              spec: "§6", provenance: .model, checkedIn: "StructureCheck.object", reportedAt: "any member outside the schema"),
        .init(id: .required, severity: .error, summary: "Required fields are present and not blank after trimming.",
              spec: "§2–§4, §6", provenance: .seed, checkedIn: "StructureCheck.object / .string", reportedAt: "every required field (and optional non-text fields left blank)"),
        .init(id: .dateFormat, severity: .error, summary: "Dates have their form: YYYY-MM-DD, YYYY-MM or YYYY.",
              spec: "§2, §4", provenance: .seed, checkedIn: "StructureCheck.date", reportedAt: "every date field"),
        .init(id: .dateCalendar, severity: .error, summary: "Dates exist in the calendar (2024-02-30 does not).",
              spec: "§6", provenance: .model, checkedIn: "CalendarDate.parse", reportedAt: "every date field"),
        .init(id: .choice, severity: .error, summary: "Enumerated fields hold one of their values (document_type, identity checks).",
              spec: "§2, §3", provenance: .seed, checkedIn: "StructureCheck.string", reportedAt: "`identity_document_validity`, `identity_document_liveness`, `identity_document_person_match`, `document_type`"),
        .init(id: .countryCode, severity: .error, summary: "country is an assigned ISO 3166-1 alpha-2 code, upper case.",
              spec: "§2", provenance: .docs, checkedIn: "StructureCheck.string, CountryCodes", reportedAt: "`right_to_work_items[].fields.country`"),
        .init(id: .batchEmpty, severity: .error, summary: "A batch carries at least one credential besides the digital identity.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch", reportedAt: "`$`"),
        .init(id: .sectionMissing, severity: .warning, summary: "education_items, microcredential_items and english_proficiency_items are always sent; missing ones are sent as [].",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch, CanonicalJSON.normalizedBatch", reportedAt: "`$.education_items`, `$.microcredential_items`, `$.english_proficiency_items`"),
        .init(id: .idUnique, severity: .error, summary: "Each item's credential_id is unique in the batch.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch", reportedAt: "`credential_id` of each item (the later of two)"),
        .init(id: .idCharacters, severity: .error, summary: "credential_id, id and asset_id hold no control characters (C0, DEL, C1) and no line breaks: ids are printed in logs, tables and links.",
              spec: "§2–§4", provenance: .model, checkedIn: "StructureCheck.string", reportedAt: "every `credential_id`, `id` and `asset_id`"),
        .init(id: .assetIDUnique, severity: .error, summary: "Each asset_id is unique in the batch.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch", reportedAt: "`assets[].asset_id` (the later of two)"),
        .init(id: .assetType, severity: .error, summary: "asset_type is one the section accepts (education: pdf, open_cert; microcredential: pdf, jpg, png, open_cert; English: pdf; universal: pdf, png).",
              spec: "§2", provenance: .seed, checkedIn: "PayloadSchemas (assets), StructureCheck.string", reportedAt: "`assets[].asset_type`"),
        .init(id: .nameMismatch, severity: .warning, summary: "Every item's full_name equals the digital identity's.",
              spec: "§6", provenance: .model, checkedIn: "RuleCheck.batch", reportedAt: "`fields.full_name` of each item of a batch"),
        .init(id: .dateOrder, severity: .error, summary: "expiry_date is not before issue_date/completion_date; end_date and last_processed_month are not before start_date.",
              spec: "§4, §6", provenance: .model, checkedIn: "RuleCheck.expiry, RuleCheck.career (RuleCheck.dateOrder)", reportedAt: "`expiry_date`, `employment[].end_date`, `employment[].last_processed_month`"),
        .init(id: .conferralYear, severity: .error, summary: "conferral_year is a year, and null only while awaiting_graduation is true.",
              spec: "§2", provenance: .seed, checkedIn: "RuleCheck.education", reportedAt: "`education_items[].fields.conferral_year`"),
        .init(id: .majors, severity: .error, summary: "majors is non-empty when has_majors is true (warning when majors are listed without it).",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.education", reportedAt: "`education_items[].fields.majors` and its entries"),
        .init(id: .cefrLevel, severity: .error, summary: "CEFR scores are A1, A2, B1, B2, C1 or C2.",
              spec: "§2", provenance: .model, checkedIn: "PayloadSchemas (test_scores), StructureCheck.string", reportedAt: "`test_scores.cefr_scores.*`"),
        .init(id: .singaporeRights, severity: .error, summary: "singapore_work_rights is given when country is SG.",
              spec: "§2", provenance: .docs, checkedIn: "RuleCheck.rightToWork", reportedAt: "`right_to_work_items[].fields.singapore_work_rights`"),
        .init(id: .singaporeRightsValue, severity: .warning, summary: "singapore_work_rights is a known value (resident).",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.rightToWork", reportedAt: "`right_to_work_items[].fields.singapore_work_rights`"),
        .init(id: .singaporeRightsCountry, severity: .warning, summary: "singapore_work_rights is given only for SG.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.rightToWork", reportedAt: "`right_to_work_items[].fields.singapore_work_rights`"),
        .init(id: .careerRole, severity: .error, summary: "Each employment record has role_title or role_classification.",
              spec: "§4", provenance: .seed, checkedIn: "RuleCheck.career", reportedAt: "`employment[].role_title` (or `role_classification` when only it is present)"),
        .init(id: .careerEmpty, severity: .error, summary: "employment has at least one record.",
              spec: "§4", provenance: .model, checkedIn: "RuleCheck.career", reportedAt: "`fields.employment`"),
        .init(id: .credentialType, severity: .error, summary: "A single request's credential_type is microcredential.",
              spec: "§3", provenance: .seed, checkedIn: "PayloadSchemas (single), StructureCheck.string", reportedAt: "`$.credential_type`"),
        .init(id: .document, severity: .error, summary: "document agrees with document_type: a URL for pdf/png/jpg, the OpenCert JSON string for open_cert, null or absent for none.",
              spec: "§3", provenance: .seed, checkedIn: "RuleCheck.document", reportedAt: "`$.data.document`"),
        .init(id: .documentURL, severity: .error, summary: "A document URL is absolute http(s) (warnings: http instead of https, extension contradicting document_type).",
              spec: "§1, §3", provenance: .docs, checkedIn: "RuleCheck.document", reportedAt: "`$.data.document`"),
        .init(id: .openCert, severity: .error, summary: "An OpenCert document is a JSON object naming its OpenAttestation version.",
              spec: "§3", provenance: .seed, checkedIn: "RuleCheck.document", reportedAt: "`$.data.document`"),
        .init(id: .openCertIntegrity, severity: .error, summary: "A signed OpenCert (OpenAttestation v2) is as issued: its target hash is its data's (each salted value by its dot path hashed with Keccak-256, obfuscated hashes added, sorted, hashed) and its proof leads to its merkle root. Checked offline; issuance (document store, DNS identity) is not.",
              spec: "§2, §3", provenance: .model, checkedIn: "OpenCertVerdict, OpenCertRules (RuleCheck.document, AssetPreflight)", reportedAt: "`$.data.document`; an open_cert asset's declaration"),
        .init(id: .openCertMalformed, severity: .error, summary: "A signed OpenCert can be checked: data is an object whose keys contain no \".\", the signature type is SHA3MerkleProof, the hashes are 64 hex digits.",
              spec: "§2, §3", provenance: .model, checkedIn: "OpenCertVerdict, OpenCertRules (RuleCheck.document, AssetPreflight)", reportedAt: "`$.data.document`; an open_cert asset's declaration"),
        .init(id: .openCertUnwrapped, severity: .warning, summary: "An OpenCert carries a signature (is wrapped); without one its integrity cannot be checked.",
              spec: "§2, §3", provenance: .model, checkedIn: "OpenCertVerdict, OpenCertRules (RuleCheck.document, AssetPreflight)", reportedAt: "`$.data.document`; an open_cert asset's declaration"),
        .init(id: .openCertRecipient, severity: .warning, summary: "The OpenCert's recipient.name (unsalted) is the item's full_name, ignoring case and spacing.",
              spec: "§2, §3", provenance: .model, checkedIn: "OpenCertRules (RuleCheck.document, AssetPreflight)", reportedAt: "`$.data.document`; an open_cert asset's declaration"),
        .init(id: .chainEmpty, severity: .warning, summary: "An empty or null partner_chain is accepted, dropped on output, with a warning.",
              spec: "§5", provenance: .seed, checkedIn: "RuleCheck.partnerChain, CanonicalJSON", reportedAt: "`partner_chain`"),
        .init(id: .chainBlank, severity: .error, summary: "Every partner_chain name is non-blank.",
              spec: "§5", provenance: .model, checkedIn: "PayloadSchemas (partner_chain), StructureCheck.string", reportedAt: "`partner_chain[].name`"),
        .init(id: .chainDuplicate, severity: .error, summary: "No name twice in one chain.",
              spec: "§5", provenance: .model, checkedIn: "RuleCheck.partnerChain", reportedAt: "`partner_chain[].name` (the later of two)"),
        .init(id: .chainIssuer, severity: .error, summary: "No chain name equals the item's issuer (education_provider, issuer_name, test_provider).",
              spec: "§5", provenance: .seed, checkedIn: "RuleCheck.partnerChain", reportedAt: "`partner_chain[].name`"),
    ]

    public static func description(of id: RuleID) -> RuleDescription? {
        all.first { $0.id == id }
    }
}
