import Foundation
import Testing
@testable import PassCore

/// docs/api-mapping.md is the generator's output, names every rule of the
/// catalogue, and names no rule that does not exist.
struct APIMappingDocTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/api-mapping.md")

    static func page() throws -> String { try String(contentsOf: file, encoding: .utf8) }

    /// The rule ids in the first column of the rules table.
    static func tableRules(_ page: String) -> [String] {
        let rules = page.components(separatedBy: "## Rules").dropFirst().first?.components(separatedBy: "## Fields").first ?? ""
        return rules.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
    }

    @Test func thePageIsWhatTheGeneratorWrites() throws {
        #expect(try Self.page() == APIMapping.markdown(),
                "docs/api-mapping.md is stale: run `seekpass-composer rules --format markdown > docs/api-mapping.md`")
    }

    @Test func everyRuleOfTheCatalogueIsInTheTableAndNothingElse() throws {
        let listed = Self.tableRules(try Self.page())
        #expect(listed == RuleCatalogue.all.map(\.id.rawValue))
        #expect(Set(listed).count == listed.count)
    }

    @Test func everyRuleNamedInTheFieldTablesExists() throws {
        let fields = try Self.page().components(separatedBy: "## Fields").dropFirst().joined()
        let catalogue = Set(RuleCatalogue.all.map(\.id.rawValue))
        let rows = fields.split(separator: "\n").filter { $0.hasPrefix("| `$") }
        #expect(rows.count > 100)
        for row in rows {
            let checks = row.split(separator: "|").last ?? ""
            let named = checks.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            #expect(!named.isEmpty && named.allSatisfy(catalogue.contains), "\(row)")
        }
    }

    @Test func everyFieldOfEverySchemaHasARow() throws {
        let page = try Self.page()
        for kind in PayloadKind.allCases {
            for field in PayloadSchemas.standard.root(kind).fields {
                #expect(page.contains("| `$.\(field.key)` |"), "\(kind) \(field.key)")
            }
        }
        #expect(page.contains("| `$.education_items[].fields.transcript.subjects[].completion_date` | string `YYYY or YYYY-MM-DD` |"))
    }

    @Test func theTableDetectsAMissingRule() {
        let page = APIMapping.markdown()
        let without = page.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("| `chain.issuer`") }.joined(separator: "\n")
        #expect(Self.tableRules(without) != RuleCatalogue.all.map(\.id.rawValue))
    }
}
