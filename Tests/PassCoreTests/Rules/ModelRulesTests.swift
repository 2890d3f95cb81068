import Testing
@testable import PassCore

/// Each [model] rule is one switch in `ModelRules`: turning it off silences
/// its rule and nothing else.
struct ModelRulesTests {
    struct Switch: Sendable, CustomTestStringConvertible {
        var name: String
        var off: @Sendable (inout ModelRules) -> Void
        var ruleCase: String
        var testDescription: String { name }
    }

    static let switches: [Switch] = [
        Switch(name: "batchNeedsACredential", off: { $0.batchNeedsACredential = false }, ruleCase: "a batch with only the digital identity"),
        Switch(name: "uniqueCredentialIDs", off: { $0.uniqueCredentialIDs = false }, ruleCase: "a credential id used twice"),
        Switch(name: "uniqueAssetIDs", off: { $0.uniqueAssetIDs = false }, ruleCase: "an asset id used by another item"),
        Switch(name: "majorsRequiredWithHasMajors", off: { $0.majorsRequiredWithHasMajors = false },
               ruleCase: "has_majors true with no majors"),
        Switch(name: "careerDatesInOrder", off: { $0.careerDatesInOrder = false }, ruleCase: "a job ending before it started"),
        Switch(name: "careerNeedsEmployment", off: { $0.careerNeedsEmployment = false }, ruleCase: "no employment records"),
        Switch(name: "chainNamesNonBlank", off: { $0.chainNamesNonBlank = false }, ruleCase: "a blank name in a chain"),
        Switch(name: "chainNamesUnique", off: { $0.chainNamesUnique = false }, ruleCase: "a name twice in a chain, differing in case"),
        Switch(name: "chainNameNotIssuer", off: { $0.chainNameNotIssuer = false },
               ruleCase: "the education_provider in an education chain"),
        Switch(name: "expiryNotBeforeIssue", off: { $0.expiryNotBeforeIssue = false },
               ruleCase: "a microcredential expiring before it was issued"),
        Switch(name: "openCertNeedsVersion", off: { $0.openCertNeedsVersion = false }, ruleCase: "an OpenCert without version"),
        Switch(name: "openCertIntegrity", off: { $0.openCertIntegrity = false }, ruleCase: "a tampered OpenCert"),
        Switch(name: "documentURLShouldBeHTTPS", off: { $0.documentURLShouldBeHTTPS = false }, ruleCase: "a document URL over http"),
        Switch(name: "alwaysSentSections", off: { $0.alwaysSentSections = [.education, .microcredential] },
               ruleCase: "a batch without english_proficiency_items"),
        Switch(name: "knownSingaporeWorkRights", off: { $0.knownSingaporeWorkRights.append("citizen") },
               ruleCase: "an unknown singapore_work_rights value"),
        Switch(name: "cefrLevels", off: { $0.cefrLevels.append("C3") }, ruleCase: "a CEFR level that does not exist"),
    ]

    @Test(arguments: switches)
    func turningARuleOffSilencesItAlone(_ rule: Switch) throws {
        let ruleCase = try #require(RuleCase.all.first { $0.name == rule.ruleCase })
        var rules = ModelRules()
        rule.off(&rules)
        let value = try ruleCase.invalidValue()
        let kind = try #require(ruleCase.kind)
        let standard = Validator.standard.validate(value, as: kind)
        let relaxed = Validator(rules: rules).validate(value, as: kind)
        #expect(standard.contains { $0.rule == ruleCase.rule })
        #expect(relaxed.isEmpty, "\(relaxed.map(\.description))")
    }

    @Test func theCareerAndExpirySwitchesAreIndependent() throws {
        var rules = ModelRules()
        rules.expiryNotBeforeIssue = false
        let value = try Edit.apply([.set("$.fields.employment[0].end_date", "2019-12")], to: Bases.value(.careerHistory))
        #expect(Validator(rules: rules).validate(value, as: .careerHistory).map(\.rule) == [.dateOrder])
    }

    @Test func theEncoderFollowsTheAlwaysSentSections() throws {
        var rules = ModelRules()
        rules.alwaysSentSections = [.education]
        let value = try Edit.apply([.remove("$.microcredential_items"), .remove("$.english_proficiency_items")],
                                   to: Bases.value(.batch))
        let keys = CanonicalJSON(schemas: PayloadSchemas(rules: rules)).normalized(value, as: .batch).objectValue?.keys
        #expect(keys?.contains("microcredential_items") == false)
        #expect(CanonicalJSON.standard.normalized(value, as: .batch).objectValue?.keys.contains("microcredential_items") == true)
    }
}
