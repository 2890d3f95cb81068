import Testing
@testable import PassCore

/// Members in the order the partner documents list them, at every level,
/// whatever order they were read in.
struct CanonicalOrderTests {
    /// `value` with the members of every object reversed.
    static func reversed(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.members.reversed().map { JSONObject.Member($0.key, reversed($0.value)) }))
        case .array(let elements):
            return .array(elements.map(reversed))
        default:
            return value
        }
    }

    func keys(_ value: JSONValue, _ path: String) throws -> [String] {
        let path = try jsonPath(path)
        return try #require(value[path: path]?.objectValue).keys
    }

    @Test(arguments: [PayloadKind.batch, .microcredential, .careerHistory])
    func theOrderReadDoesNotChangeTheBytes(_ kind: PayloadKind) throws {
        let base = try Bases.value(kind)
        let shuffled = Self.reversed(base)
        #expect(shuffled != base)
        #expect(CanonicalJSON.standard.body(shuffled, as: kind) == CanonicalJSON.standard.body(base, as: kind))
    }

    @Test func everyObjectOfABatchHasTheDocumentedOrder() throws {
        let value = CanonicalJSON.standard.normalized(Self.reversed(try Bases.value(.batch)), as: .batch)
        #expect(try keys(value, "$") == [
            "credential_id", "digital_identity", "education_items", "microcredential_items", "english_proficiency_items",
            "right_to_work_items", "career_history", "universal_credential_items",
        ])
        #expect(try keys(value, "$.digital_identity") == ["credential_id", "fields"])
        #expect(try keys(value, RuleCase.identity) == [
            "full_name", "date_of_birth", "identity_document_validity", "identity_document_liveness",
            "identity_document_person_match",
        ])
        #expect(try keys(value, "$.education_items[0]") == ["credential_id", "fields", "assets"])
        #expect(try keys(value, RuleCase.edu) == [
            "full_name", "education_provider", "course_name", "conferral_year", "has_majors", "majors", "with_honours",
            "transcript", "partner_chain",
        ])
        #expect(try keys(value, RuleCase.edu2) == ["full_name", "education_provider", "course_name", "conferral_year",
                                                   "awaiting_graduation"])
        #expect(try keys(value, "\(RuleCase.edu).transcript") == ["overall", "subjects"])
        #expect(try keys(value, "\(RuleCase.edu).transcript.overall") == ["issuance_date", "score"])
        #expect(try keys(value, "\(RuleCase.edu).transcript.subjects[0]") == [
            "name", "code", "credit", "score", "grade", "completion_date",
        ])
        #expect(try keys(value, "$.education_items[0].assets[0]") == ["asset_id", "asset_type"])
        #expect(try keys(value, "\(RuleCase.edu).partner_chain[0]") == ["name"])
        #expect(try keys(value, RuleCase.micro) == [
            "full_name", "issuer_name", "microcredential_name", "issue_date", "expiry_date", "assessment_result", "partner_chain",
        ])
        #expect(try keys(value, RuleCase.eng) == [
            "full_name", "test_provider", "test_name", "completion_date", "expiry_date", "test_scores", "partner_chain",
        ])
        #expect(try keys(value, "\(RuleCase.eng).test_scores") == ["cefr_scores", "overall", "subskills"])
        #expect(try keys(value, "\(RuleCase.eng).test_scores.cefr_scores") == ["combined", "reading", "listening", "speaking", "writing"])
        #expect(try keys(value, "\(RuleCase.eng).test_scores.overall") == ["score", "scale"])
        #expect(try keys(value, "\(RuleCase.eng).test_scores.subskills[0]") == ["skill", "score"])
        #expect(try keys(value, RuleCase.rtw) == ["full_name", "country", "singapore_work_rights"])
        #expect(try keys(value, RuleCase.rtw2) == ["full_name", "country", "partner_chain"])
        #expect(try keys(value, "$.career_history") == ["credential_id", "fields", "partner_chain"])
        #expect(try keys(value, "$.career_history.fields") == ["full_name", "employment"])
        #expect(try keys(value, "$.career_history.fields.employment[0]") == [
            "organisation", "role_classification", "role_title", "start_date", "end_date", "last_processed_month",
        ])
        #expect(try keys(value, RuleCase.uc) == [
            "full_name", "credential_name", "credential_sub_type", "issuer_name", "issue_date", "expiry_date",
        ])
    }

    @Test func aSingleRequestAndACareerHistoryHaveTheDocumentedOrder() throws {
        let single = CanonicalJSON.standard.normalized(Self.reversed(try Bases.value(.microcredential)), as: .microcredential)
        #expect(try keys(single, "$") == ["id", "credential_type", "document_type", "data"])
        #expect(try keys(single, "$.data") == ["credential", "document"])
        let career = CanonicalJSON.standard.normalized(Self.reversed(try Bases.value(.careerHistory)), as: .careerHistory)
        #expect(try keys(career, "$") == ["credential_id", "fields", "partner_chain"])
    }

    @Test func unknownMembersFollowTheKnownOnesInTheirOwnOrder() throws {
        let value = try Edit.apply([.set("$.zeta", 1), .set("$.alpha", 2)], to: Bases.value(.careerHistory))
        let canonical = CanonicalJSON.standard.normalized(Self.reversed(value), as: .careerHistory)
        #expect(try keys(canonical, "$") == ["credential_id", "fields", "partner_chain", "alpha", "zeta"])
    }
}
