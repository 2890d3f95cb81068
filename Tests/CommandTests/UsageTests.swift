import Foundation
import PassCore
import TestSupport
import Testing

/// Help, version, the rules list, and usage mistakes (status 2).
struct UsageTests {
    @Test func helpListsTheCommands() throws {
        let result = try BuiltProgram.run(["--help"])
        #expect(result.status == 0)
        for command in ["validate", "preview", "rules"] { #expect(result.output.contains(command)) }
    }

    @Test func theTopLevelHelpShowsHowToOpenTheComposer() throws {
        let result = try BuiltProgram.run(["--help"])
        #expect(result.status == 0)
        for word in ["FILE", "--new", "--theme", "seekpass-composer compose --help"] {
            #expect(result.output.contains(word), "\(word)\n\(result.output)")
        }
    }

    /// Every paragraph of every help text is wrapped by the argument parser to the
    /// width, not broken by hand: no line in a paragraph ends far short of the width
    /// while more of the paragraph follows (tables, indented, are left as written).
    @Test(arguments: ["", "compose", "validate", "preview", "rules", "submit", "status", "sandbox", "paths", "gallery"])
    func helpTextsHaveNoRaggedBreaks(_ command: String) throws {
        let result = try BuiltProgram.run((command.isEmpty ? [] : [command]) + ["--help"])
        #expect(result.status == 0)
        let text = result.output.components(separatedBy: "\nUSAGE:").first ?? ""
        for paragraph in text.components(separatedBy: "\n\n") {
            let lines = paragraph.split(separator: "\n").map(String.init)
            guard let first = lines.first, !first.hasPrefix(" ") else { continue }
            for line in lines { #expect(line.count <= 80, "\(line)") }
            for line in lines.dropLast() where !line.hasPrefix(" ") {
                #expect(line.count >= 55, "a ragged break in `\(command) --help`: \"\(line)\"\n\(paragraph)")
            }
        }
    }

    @Test(arguments: ["validate", "preview", "rules"])
    func eachCommandHasHelp(_ command: String) throws {
        let result = try BuiltProgram.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: seekpass-composer \(command)"))
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try BuiltProgram.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "0.1.0\n")
    }

    @Test(arguments: [["validate"], ["preview"], ["validate", "--kind", "receipt", "x.json"], ["validate", "--format", "xml", "x"],
                      ["frobnicate"], ["validate", "--no-such-option", "x"],
                      ["compose", "--status-interval", "0"], ["compose", "--sandbox-expiry", "0"]])
    func aUsageMistakeExitsTwoWithTheUsage(_ arguments: [String]) throws {
        let result = try BuiltProgram.run(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("Error: "), "\(result)")
        #expect(result.stderr.contains("Usage: seekpass-composer"), "\(result)")
        #expect(result.stdout.isEmpty && result.isCalm)
    }

    @Test func rulesListsEveryRuleOfTheCatalogue() throws {
        let result = try BuiltProgram.run(["rules"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == RuleCatalogue.all.count)
        for (line, rule) in zip(lines, RuleCatalogue.all) {
            #expect(line.hasPrefix("\(rule.id) (\(rule.severity.rawValue), SPEC \(rule.spec)"))
        }
    }
}

/// The binary under test is the one this build produced, and it runs with a home of its own.
struct BuiltProgramTests {
    @Test func theBinaryIsTheOneBesideTheTests() throws {
        let path = try BuiltProgram.path()
        let tests = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
        #expect(path.hasPrefix(tests) || ProcessInfo.processInfo.environment["SEEKPASS_BINARY"] != nil,
                "\(path) is not beside \(tests)")
    }

    @Test func everyPathTheProgramUsesIsInItsTemporaryHome() throws {
        let result = try BuiltProgram.run(["paths"])
        #expect(result.status == 0, "\(result)")
        let lines = result.output.split(separator: "\n").filter { $0.contains("/") }
        #expect(!lines.isEmpty, "\(result)")
        for line in lines {
            #expect(line.contains(FileManager.default.temporaryDirectory.path) || line.contains("/tmp/"), "\(line)")
            #expect(!line.contains(IsolatedHome.realConfigFolder) && !line.contains(IsolatedHome.realStateFolder), "\(line)")
        }
    }
}
