import Testing
@testable import PassCore

/// Every rule of the catalogue, broken and kept: the exact findings of each
/// invalid edit, and no finding of the rule (nor any error) for its valid
/// neighbour.
struct RuleCaseTests {
    /// Words by which a message says what would be valid.
    static let advice = [
        "e.g.", "use ", "give ", "write ", "must ", "omit ", "leave it out", "remove ", "set ", "add ", "check ",
        "put ", "expected ", "save ", "list ", "name ", "make them agree", "did you mean", "its fields are", "paste ", "run 0",
        "has days",
    ]

    @Test(arguments: RuleCase.all)
    func theInvalidEditProducesExactlyItsFindings(_ rule: RuleCase) throws {
        let found = findings(try rule.invalidValue(), as: rule.kind)
        #expect(Set(found.map(Expected.init)) == Set(rule.expected), "\(found.map(\.description))")
        #expect(found.count == rule.expected.count, "one finding per mistake: \(found.map(\.description))")
    }

    @Test(arguments: RuleCase.all)
    func eachMessageSaysWhatWouldBeValid(_ rule: RuleCase) throws {
        for finding in findings(try rule.invalidValue(), as: rule.kind) {
            #expect(Self.advice.contains { finding.message.contains($0) }, "\(finding)")
            #expect(!finding.message.hasSuffix("."), "\(finding)")
        }
    }

    @Test(arguments: RuleCase.all)
    func theValidNeighbourDoesNotBreakTheRule(_ rule: RuleCase) throws {
        let found = findings(try rule.neighbourValue(), as: rule.kind)
        #expect(!found.contains { $0.rule == rule.rule }, "\(found.map(\.description))")
        #expect(!found.hasErrors, "\(found.map(\.description))")
    }

    @Test func everyRuleOfTheCatalogueHasAnInvalidCaseAndANeighbour() {
        let covered = Set(RuleCase.all.map(\.rule))
        let missing = RuleCatalogue.payload.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a case: \(missing)")
    }

    @Test func everyRuleACaseExpectsIsInTheCatalogue() {
        let catalogue = Set(RuleCatalogue.payload.map(\.id))
        let unknown = Set(RuleCase.all.flatMap(\.expected).map(\.rule)).subtracting(catalogue)
        #expect(unknown.isEmpty, "\(unknown)")
    }

    @Test(arguments: [PayloadKind.batch, .microcredential, .careerHistory])
    func theBasesAreValidWithoutAnyFinding(_ kind: PayloadKind) throws {
        let value = try Bases.value(kind)
        #expect(Validator.standard.validate(value, as: kind).isEmpty)
        #expect(PayloadKind.detect(value) == kind)
    }
}
