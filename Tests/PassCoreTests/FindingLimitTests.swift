import Testing
@testable import PassCore

/// A file with a great many mistakes keeps the first `limit` findings and a
/// count per rule of the others, which are never made.
@Suite struct FindingLimitTests {
    /// The career history base with a partner_chain of `n` numbers.
    static func chainOfNumbers(_ n: Int) throws -> JSONValue {
        var value = try Bases.value(.careerHistory)
        value.set(.array(Array(repeating: .number("1"), count: n)), at: JSONPath(parsing: "$.partner_chain") ?? .root)
        return value
    }

    @Test func aHugeChainGivesTheLimitAndCountsTheRestByRule() throws {
        let value = try Self.chainOfNumbers(20_000)
        let report = Validator.standard.validate(value, as: .careerHistory, limit: 1000)
        #expect(report.findings.count == 1000)
        #expect(report.omitted.count == 19_000)
        #expect(report.omitted.byRule == [.type: 19_000])
        #expect(report.errorCount == 20_000 && report.hasErrors)
        #expect(report.findings.first?.path.description == "$.partner_chain[0]")
        #expect(report.findings.last?.path.description == "$.partner_chain[999]")
        #expect(report.omitted.sentence == "… and 19,000 more findings, rule by rule: type 19,000")
    }

    @Test func underTheLimitTheReportIsTheWholeValidation() throws {
        for n in [0, 1, 5, 999, 1000] {
            let value = try Self.chainOfNumbers(n)
            let all = Validator.standard.validate(value, as: .careerHistory)
            let report = Validator.standard.validate(value, as: .careerHistory, limit: 1000)
            #expect(report.findings == all)
            #expect(report.omitted.isEmpty)
        }
    }

    @Test func theLimitHoldsAcrossTheItemsOfABatch() throws {
        var value = try Bases.value(.batch)
        for path in ["$.education_items[0].fields.partner_chain", "$.microcredential_items[0].fields.partner_chain"] {
            value.set(.array(Array(repeating: .string(" "), count: 700)), at: JSONPath(parsing: path) ?? .root)
        }
        let all = Validator.standard.validate(value, as: .batch)
        let report = Validator.standard.validate(value, as: .batch, limit: 1000)
        #expect(report.findings.count == 1000)
        #expect(report.findings.count + report.omitted.count == all.count)
        #expect(report.errorCount == all.errors.count && report.warningCount == all.warnings.count)
        var byRule: [RuleID: Int] = [:]
        for finding in all { byRule[finding.rule, default: 0] += 1 }
        for finding in report.findings { byRule[finding.rule, default: 0] -= 1 }
        #expect(byRule.filter { $0.value != 0 } == report.omitted.byRule)
    }

    @Test func countsAreGroupedByThousands() {
        #expect(OmittedFindings.grouped(0) == "0")
        #expect(OmittedFindings.grouped(999) == "999")
        #expect(OmittedFindings.grouped(1000) == "1,000")
        #expect(OmittedFindings.grouped(1_234_567) == "1,234,567")
    }
}
