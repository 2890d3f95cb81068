import Testing
@testable import PassCore

/// What the canonical body adds and leaves out: partner_chain without
/// entries, the always-sent sections, empty optional sections, document and
/// conferral_year nulls.
struct CanonicalContentTests {
    func canonical(_ kind: PayloadKind, _ edits: [Edit]) throws -> JSONValue {
        CanonicalJSON.standard.normalized(try Edit.apply(edits, to: Bases.value(kind)), as: kind)
    }

    @Test(arguments: [
        (PayloadKind.batch, "\(RuleCase.micro).partner_chain"),
        (.batch, "\(RuleCase.eng).partner_chain"),
        (.batch, "\(RuleCase.edu).partner_chain"),
        (.batch, "\(RuleCase.rtw2).partner_chain"),
        (.batch, "$.career_history.partner_chain"),
        (.careerHistory, "$.partner_chain"),
        (.microcredential, "\(RuleCase.credential).partner_chain"),
    ])
    func aChainWithoutEntriesIsLeftOut(_ kind: PayloadKind, _ chain: String) throws {
        let path = try jsonPath(chain)
        for empty: JSONValue in [.null, []] {
            let value = try canonical(kind, [.set(chain, empty)])
            #expect(value[path: path] == nil)
            #expect(value[path: try #require(path.parent)] != nil)
        }
        #expect(try canonical(kind, [])[path: path]?.arrayValue?.isEmpty == false)
    }

    @Test(arguments: ["education_items", "microcredential_items", "english_proficiency_items"])
    func aMissingAlwaysSentSectionIsSentEmpty(_ section: String) throws {
        let value = try canonical(.batch, [.remove("$.\(section)")])
        #expect(value[section] == [])
        #expect(try canonical(.batch, [.set("$.\(section)", [])])[section] == [])
    }

    @Test(arguments: ["right_to_work_items", "universal_credential_items"])
    func anEmptyOptionalSectionIsLeftOut(_ section: String) throws {
        #expect(try canonical(.batch, [.set("$.\(section)", [])])[section] == nil)
        #expect(try canonical(.batch, [.remove("$.\(section)")])[section] == nil)
        #expect(try canonical(.batch, [])[section]?.arrayValue?.isEmpty == false)
    }

    @Test func aMissingCareerHistoryStaysMissing() throws {
        #expect(try canonical(.batch, [.remove("$.career_history")])["career_history"] == nil)
    }

    @Test func documentIsNullForNone() throws {
        let absent = try canonical(.microcredential, [.set("$.document_type", "none"), .remove("$.data.document")])
        #expect(absent["data"]?.objectValue?.keys == ["credential", "document"])
        #expect(absent["data"]?["document"] == .null)
        let null = try canonical(.microcredential, [.set("$.document_type", "none"), .set("$.data.document", nil)])
        #expect(null["data"]?["document"] == .null)
    }

    @Test func conferralYearIsNullWhileAwaitingGraduation() throws {
        let value = try canonical(.batch, [.remove("\(RuleCase.edu2).conferral_year")])
        let fields = try #require(value[path: try jsonPath(RuleCase.edu2)]?.objectValue)
        #expect(fields["conferral_year"] == .null)
        #expect(fields.keys == ["full_name", "education_provider", "course_name", "conferral_year", "awaiting_graduation"])
        let conferred = try canonical(.batch, [.remove("\(RuleCase.edu).conferral_year")])
        #expect(conferred[path: try jsonPath("\(RuleCase.edu).conferral_year")] == nil)
    }

    @Test func nullsThatAreAllowedAreKept() throws {
        let value = try canonical(.batch, [.set("\(RuleCase.micro).assessment_result", nil)])
        #expect(value[path: try jsonPath("\(RuleCase.micro).assessment_result")] == .null)
        #expect(value[path: try jsonPath("$.career_history.fields.employment[1].end_date")] == .null)
    }

    @Test(arguments: [PayloadKind.batch, .microcredential, .careerHistory])
    func aValidPayloadKeepsItsJSONValue(_ kind: PayloadKind) throws {
        let base = try Bases.value(kind)
        #expect(CanonicalJSON.standard.normalized(base, as: kind).isSameValue(as: base))
    }
}
