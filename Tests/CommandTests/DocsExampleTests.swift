import Foundation
import TestSupport
import Testing

/// Every example of docs/commands.md is run again from the package root and
/// must print what the page shows, with the exit status it shows.
struct DocsExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var standardErrorShown: Bool
        var output: String
        var status: Int32
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The ```console blocks of the page: a `$ seekpass-composer …` line,
    /// the output, and `(exit status N)`.
    static func examples() throws -> [Example] {
        let page = try String(contentsOf: root.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        var examples: [Example] = []
        for block in page.components(separatedBy: "```console\n").dropFirst() {
            guard let body = block.components(separatedBy: "\n```").first else { continue }
            var lines = body.components(separatedBy: "\n")
            guard let command = lines.first, command.hasPrefix("$ seekpass-composer "),
                let last = lines.last, last.hasPrefix("(exit status "), let status = Int32(last.dropFirst(13).dropLast())
            else { throw BuiltProgram.Missing(description: "a console block that is not an example:\n\(body)") }
            lines.removeFirst()
            lines.removeLast()
            var arguments = command.dropFirst(20).split(separator: " ").map(String.init)
            let standardErrorShown = arguments.last != "2>/dev/null"
            if !standardErrorShown { arguments.removeLast() }
            examples.append(Example(arguments: arguments, standardErrorShown: standardErrorShown,
                                    output: lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n", status: status))
        }
        return examples
    }

    @Test func thePageHasExamplesOfEveryCommand() throws {
        let commands = Set(try Self.examples().compactMap(\.arguments.first))
        #expect(commands.isSuperset(of: ["validate", "preview", "rules", "--version"]))
    }

    @Test(arguments: try examples())
    func eachExampleIsWhatTheProgramPrints(_ example: Example) throws {
        let result = try BuiltProgram.run(example.arguments, in: Self.root.path)
        let shown = result.output + (example.standardErrorShown ? result.stderr : "")
        #expect(result.status == example.status, "\(result)")
        #expect(shown == example.output, "\(result)")
    }
}
