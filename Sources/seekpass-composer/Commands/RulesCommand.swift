import ArgumentParser
import PassCore

/// `seekpass-composer rules`
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every validation rule: its id, severity, source and what it requires."
    )

    func run() {
        for rule in RuleCatalogue.all {
            let tag = rule.provenance == .model ? " [model]" : ""
            StandardStreams.out("\(rule.id) (\(rule.severity.rawValue), SPEC \(rule.spec)\(tag)): \(rule.summary)\n")
        }
    }
}
