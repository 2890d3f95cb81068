import ArgumentParser
import PassCore

/// `seekpass-composer rules`
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every validation rule: its id, severity, source and what it requires.",
        discussion: """
            text: one line per rule. json: the catalogue as a JSON array. markdown: docs/api-mapping.md \
            (the rules, where each is checked, and every field of every request).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case markdown
    }

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text:
            for rule in RuleCatalogue.all {
                let tag = rule.provenance == .model ? " [model]" : ""
                StandardStreams.out("\(rule.id) (\(rule.severity.rawValue), SPEC \(rule.spec)\(tag)): \(rule.summary)\n")
            }
        case .json:
            StandardStreams.out(bytes: JSONWriter.bytes(try JSONValueEncoder().encode(RuleCatalogue.all)))
        case .markdown:
            StandardStreams.out(APIMapping.markdown())
        }
    }
}
