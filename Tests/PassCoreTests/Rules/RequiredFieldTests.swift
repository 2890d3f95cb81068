import Testing
@testable import PassCore

/// The required fields of every object, as SPEC §2–§4 lists them: the
/// schema requires exactly these, and leaving any one out of a valid payload
/// gives exactly one `required` error at its path.
struct RequiredFieldTests {
    struct Place: Sendable, CustomTestStringConvertible {
        var kind: PayloadKind
        var object: String
        var required: [String]
        var testDescription: String { "\(kind.rawValue) \(object)" }
    }

    static let edu = RuleCase.edu, eng = RuleCase.eng
    static let item = ["credential_id", "fields"]

    static let places: [Place] = [
        Place(kind: .batch, object: "$", required: ["credential_id", "digital_identity"]),
        Place(kind: .batch, object: "$.digital_identity", required: item),
        Place(kind: .batch, object: "$.education_items[0]", required: item),
        Place(kind: .batch, object: "$.microcredential_items[0]", required: item),
        Place(kind: .batch, object: "$.english_proficiency_items[0]", required: item),
        Place(kind: .batch, object: "$.right_to_work_items[0]", required: item),
        Place(kind: .batch, object: "$.career_history", required: item),
        Place(kind: .batch, object: "$.universal_credential_items[0]", required: item),
        Place(kind: .batch, object: RuleCase.identity, required: ["full_name"]),
        Place(kind: .batch, object: edu, required: ["full_name", "education_provider", "course_name"]),
        Place(kind: .batch, object: RuleCase.micro, required: ["full_name", "issuer_name", "microcredential_name", "issue_date"]),
        Place(kind: .batch, object: eng, required: ["full_name", "test_provider", "test_name", "completion_date", "test_scores"]),
        Place(kind: .batch, object: RuleCase.rtw, required: ["full_name", "country"]),
        Place(kind: .batch, object: "$.career_history.fields", required: ["full_name", "employment"]),
        Place(kind: .batch, object: "$.career_history.fields.employment[0]",
              required: ["organisation", "start_date", "last_processed_month"]),
        Place(kind: .batch, object: RuleCase.uc,
              required: ["full_name", "credential_name", "credential_sub_type", "issuer_name", "issue_date"]),
        Place(kind: .batch, object: "\(edu).transcript", required: ["overall", "subjects"]),
        Place(kind: .batch, object: "\(edu).transcript.overall", required: ["issuance_date"]),
        Place(kind: .batch, object: "\(edu).transcript.subjects[0]", required: ["name", "code", "grade", "completion_date"]),
        Place(kind: .batch, object: "\(eng).test_scores", required: ["cefr_scores", "overall"]),
        Place(kind: .batch, object: "\(eng).test_scores.overall", required: ["score", "scale"]),
        Place(kind: .batch, object: "\(eng).test_scores.subskills[0]", required: ["skill", "score"]),
        Place(kind: .batch, object: "$.education_items[0].assets[0]", required: ["asset_id", "asset_type"]),
        Place(kind: .batch, object: "\(edu).partner_chain[0]", required: ["name"]),
        Place(kind: .microcredential, object: "$", required: ["id", "credential_type", "document_type", "data"]),
        Place(kind: .microcredential, object: "$.data", required: ["credential"]),
        Place(kind: .microcredential, object: "$.data.credential",
              required: ["full_name", "issuer_name", "microcredential_name", "issue_date"]),
        Place(kind: .careerHistory, object: "$", required: item),
        Place(kind: .careerHistory, object: "$.fields", required: ["full_name", "employment"]),
        Place(kind: .careerHistory, object: "$.fields.employment[0]", required: ["organisation", "start_date", "last_processed_month"]),
    ]

    @Test(arguments: places)
    func leavingOutARequiredFieldIsOneRequiredError(_ place: Place) throws {
        for key in place.required {
            let path = "\(place.object).\(key)"
            let value = try Edit.apply([.remove(path)], to: Bases.value(place.kind))
            let found = Validator.standard.validate(value, as: place.kind)
            #expect(found.map(Expected.init) == [Expected(.required, path)], "\(found.map(\.description))")
            #expect(found.first?.message.hasPrefix("\(key) is missing; add ") == true)
        }
    }

    @Test(arguments: places)
    func theSchemaRequiresExactlyTheseFields(_ place: Place) throws {
        let base = try Bases.value(place.kind)
        let path = try jsonPath(place.object)
        let object = try #require(base[path: path]?.objectValue)
        // Removing a member that is not listed gives no `required` finding.
        for key in object.keys where !place.required.contains(key) {
            let value = try Edit.apply([.remove("\(place.object).\(key)")], to: base)
            let found = Validator.standard.validate(value, as: place.kind)
            #expect(!found.contains { $0.rule == .required }, "\(key): \(found.map(\.description))")
        }
    }

    @Test func theFieldSchemasOfEachSectionRequireWhatTheSpecLists() {
        let schemas = PayloadSchemas.standard
        let spec: [BatchSection: [String]] = [
            .digitalIdentity: ["full_name"],
            .education: ["full_name", "education_provider", "course_name"],
            .microcredential: ["full_name", "issuer_name", "microcredential_name", "issue_date"],
            .englishProficiency: ["full_name", "test_provider", "test_name", "completion_date", "test_scores"],
            .rightToWork: ["full_name", "country"],
            .careerHistory: ["full_name", "employment"],
            .universalCredential: ["full_name", "credential_name", "credential_sub_type", "issuer_name", "issue_date"],
        ]
        for section in BatchSection.allCases {
            let required = schemas.fields[section]?.fields.filter(\.presence.isRequired).map(\.key)
            #expect(required == spec[section], "\(section)")
        }
    }
}
