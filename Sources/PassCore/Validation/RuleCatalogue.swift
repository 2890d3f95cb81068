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
}

public enum RuleCatalogue {
    public static let all: [RuleDescription] = [
        .init(id: .payloadKind, severity: .error, summary: "The file is a batch, a single L&D request or a career history.",
              spec: "§2–§4", provenance: .seed, checkedIn: "PayloadKind.detect"),
        .init(id: .type, severity: .error, summary: "Every value has the JSON type of its field; null only where allowed.",
              spec: "§6", provenance: .model, checkedIn: "StructureCheck.field"),
        .init(id: .unknownKey, severity: .error, summary: "No member outside the documented fields (with a did-you-mean).",
              spec: "§6", provenance: .model, checkedIn: "StructureCheck.object"),
        .init(id: .required, severity: .error, summary: "Required fields are present and not blank after trimming.",
              spec: "§2–§4, §6", provenance: .seed, checkedIn: "StructureCheck.object / .string"),
        .init(id: .dateFormat, severity: .error, summary: "Dates have their form: YYYY-MM-DD, YYYY-MM or YYYY.",
              spec: "§2, §4", provenance: .seed, checkedIn: "StructureCheck.date"),
        .init(id: .dateCalendar, severity: .error, summary: "Dates exist in the calendar (2024-02-30 does not).",
              spec: "§6", provenance: .model, checkedIn: "CalendarDate.parse"),
        .init(id: .choice, severity: .error, summary: "Enumerated fields hold one of their values (document_type, identity checks).",
              spec: "§2, §3", provenance: .seed, checkedIn: "StructureCheck.string"),
        .init(id: .countryCode, severity: .error, summary: "country is an assigned ISO 3166-1 alpha-2 code, upper case.",
              spec: "§2", provenance: .docs, checkedIn: "StructureCheck.string, CountryCodes"),
        .init(id: .url, severity: .error, summary: "URL fields are absolute http(s) URLs.",
              spec: "§3", provenance: .docs, checkedIn: "URLCheck"),
        .init(id: .batchEmpty, severity: .error, summary: "A batch carries at least one credential besides the digital identity.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch"),
        .init(id: .sectionMissing, severity: .warning, summary: "education_items, microcredential_items and english_proficiency_items are always sent; missing ones are sent as [].",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch, CanonicalJSON.normalizedBatch"),
        .init(id: .idUnique, severity: .error, summary: "Each item's credential_id is unique in the batch.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch"),
        .init(id: .assetIDUnique, severity: .error, summary: "Each asset_id is unique in the batch.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.batch"),
        .init(id: .assetType, severity: .error, summary: "asset_type is one the section accepts (education: pdf, open_cert; microcredential: pdf, jpg, png, open_cert; English: pdf; universal: pdf, png).",
              spec: "§2", provenance: .seed, checkedIn: "PayloadSchemas (assets), StructureCheck.string"),
        .init(id: .nameMismatch, severity: .warning, summary: "Every item's full_name equals the digital identity's.",
              spec: "§6", provenance: .model, checkedIn: "RuleCheck.batch"),
        .init(id: .dateOrder, severity: .error, summary: "expiry_date is not before issue_date/completion_date; end_date and last_processed_month are not before start_date.",
              spec: "§4, §6", provenance: .model, checkedIn: "RuleCheck.dateOrder"),
        .init(id: .conferralYear, severity: .error, summary: "conferral_year is a year, and null only while awaiting_graduation is true.",
              spec: "§2", provenance: .seed, checkedIn: "RuleCheck.education"),
        .init(id: .majors, severity: .error, summary: "majors is non-empty when has_majors is true (warning when majors are listed without it).",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.education"),
        .init(id: .cefrLevel, severity: .error, summary: "CEFR scores are A1, A2, B1, B2, C1 or C2.",
              spec: "§2", provenance: .model, checkedIn: "PayloadSchemas (test_scores), StructureCheck.string"),
        .init(id: .singaporeRights, severity: .error, summary: "singapore_work_rights is given when country is SG.",
              spec: "§2", provenance: .docs, checkedIn: "RuleCheck.rightToWork"),
        .init(id: .singaporeRightsValue, severity: .warning, summary: "singapore_work_rights is a known value (resident).",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.rightToWork"),
        .init(id: .singaporeRightsCountry, severity: .warning, summary: "singapore_work_rights is given only for SG.",
              spec: "§2", provenance: .model, checkedIn: "RuleCheck.rightToWork"),
        .init(id: .careerRole, severity: .error, summary: "Each employment record has role_title or role_classification.",
              spec: "§4", provenance: .seed, checkedIn: "RuleCheck.career"),
        .init(id: .careerEmpty, severity: .error, summary: "employment has at least one record.",
              spec: "§4", provenance: .model, checkedIn: "RuleCheck.career"),
        .init(id: .credentialType, severity: .error, summary: "A single request's credential_type is microcredential.",
              spec: "§3", provenance: .seed, checkedIn: "PayloadSchemas (single), StructureCheck.string"),
        .init(id: .document, severity: .error, summary: "document agrees with document_type: a URL for pdf/png/jpg, the OpenCert JSON string for open_cert, null or absent for none.",
              spec: "§3", provenance: .seed, checkedIn: "RuleCheck.document"),
        .init(id: .documentURL, severity: .error, summary: "A document URL is absolute http(s) (warnings: http instead of https, extension contradicting document_type).",
              spec: "§1, §3", provenance: .docs, checkedIn: "RuleCheck.document"),
        .init(id: .openCert, severity: .error, summary: "An OpenCert document is a JSON object naming its OpenAttestation version.",
              spec: "§3", provenance: .seed, checkedIn: "RuleCheck.document"),
        .init(id: .chainEmpty, severity: .warning, summary: "An empty or null partner_chain is accepted, dropped on output, with a warning.",
              spec: "§5", provenance: .seed, checkedIn: "RuleCheck.partnerChain, CanonicalJSON"),
        .init(id: .chainBlank, severity: .error, summary: "Every partner_chain name is non-blank.",
              spec: "§5", provenance: .model, checkedIn: "PayloadSchemas (partner_chain), StructureCheck.string"),
        .init(id: .chainDuplicate, severity: .error, summary: "No name twice in one chain.",
              spec: "§5", provenance: .model, checkedIn: "RuleCheck.partnerChain"),
        .init(id: .chainIssuer, severity: .error, summary: "No chain name equals the item's issuer (education_provider, issuer_name, test_provider).",
              spec: "§5", provenance: .seed, checkedIn: "RuleCheck.partnerChain"),
        .init(id: .assetFileMissing, severity: .error, summary: "Every declared asset has a file to upload.",
              spec: "§1", provenance: .seed, checkedIn: "AssetPreflight"),
        .init(id: .assetFileUnknown, severity: .error, summary: "Every file given is for a declared asset_id.",
              spec: "§1", provenance: .model, checkedIn: "AssetPreflight"),
        .init(id: .assetFileUnreadable, severity: .error, summary: "An asset file exists, is a regular file (no FIFO or device) and is readable.",
              spec: "§1", provenance: .model, checkedIn: "AssetPreflight"),
        .init(id: .assetFileSize, severity: .error, summary: "An asset file is not empty and within the size limit.",
              spec: "§1", provenance: .model, checkedIn: "AssetPreflight, ModelRules.maximumAssetSize"),
        .init(id: .assetFileType, severity: .error, summary: "An asset file's bytes are of its asset_type (PDF %PDF-, PNG signature, JPEG SOI, OpenCert JSON with an OpenAttestation version).",
              spec: "§1, §3", provenance: .seed, checkedIn: "AssetPreflight, FileSignature"),
    ]

    public static func description(of id: RuleID) -> RuleDescription? {
        all.first { $0.id == id }
    }
}
