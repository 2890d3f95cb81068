import Foundation
import TestSupport
import Testing

/// Every command and flag README.md and docs/ name is one the built program has:
/// each `seekpass-composer COMMAND …` written as code names a command, and each of
/// its `--flags` is one that command's `--help` lists.
struct DocsCommandsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The code of README.md and docs/*.md: fenced blocks' lines and inline `code`, with the page.
    static func code() throws -> [(page: String, code: String)] {
        let docs = root.appendingPathComponent("docs")
        let pages = ["README.md"] + (try FileManager.default.contentsOfDirectory(atPath: docs.path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 })
        var found: [(String, String)] = []
        for page in pages {
            let text = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            var fenced = false
            var pending = ""
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("```") { fenced.toggle(); continue }
                if fenced {
                    // Captured screens are not commands; a line ending in \ goes on on the next.
                    guard !line.contains("│") else { continue }
                    if line.hasSuffix("\\") { pending += line.dropLast() + " "; continue }
                    found.append((page, pending + line))
                    pending = ""
                } else {
                    found += line.matches(of: /`([^`]+)`/).map { (page, String($0.1)) }
                }
            }
        }
        return found
    }

    /// What `--help-hidden` lists for `command` (nil: the program's own help): every
    /// option, those kept out of `--help` for tests and benchmarks included.
    static func help(_ command: String?) throws -> String {
        try BuiltProgram.run((command.map { [$0] } ?? []) + ["--help-hidden"]).output
    }

    static func flags(in text: String) -> Set<String> {
        Set(text.matches(of: /(?:^|[\s\[(|])(--[a-z][a-z0-9-]*)/).map { String($0.1) })
    }

    @Test func everyCommandAndFlagTheDocsNameExists() throws {
        let rootHelp = try Self.help(nil)
        let commands = Set(rootHelp.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.allSatisfy { $0.isLowercase || $0 == "-" } } ?? [])
        #expect(commands.isSuperset(of: ["compose", "validate", "preview", "rules", "submit", "status", "sandbox", "paths", "gallery"]),
                "\(commands)")
        var flagsOf: [String: Set<String>] = [:]
        for command in commands { flagsOf[command] = Self.flags(in: try Self.help(command)) }
        let everyFlag = flagsOf.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        var checked = 0
        for (page, code) in try Self.code() {
            // Other programs' flags (curl, swift, tmux, apt-get…) are theirs.
            let others = ["curl", "swift ", "jq", "python3", "apt-get", "tmux", "benchmark", "schemathesis", "git ", "xdg-open"]
            if let start = code.range(of: "seekpass-composer ") {
                let words = code[start.upperBound...].split(separator: " ").map(String.init)
                var command = "compose"
                if let first = words.first, first.allSatisfy({ $0.isLowercase || $0 == "-" }), !first.hasPrefix("-") {
                    #expect(commands.contains(first), "\(page): `\(code)` names the command \(first), which the program does not have")
                    command = commands.contains(first) ? first : "compose"
                }
                let own = flagsOf[command] ?? []
                for flag in Self.flags(in: String(code[start.upperBound...])) {
                    #expect(own.contains(flag), "\(page): `\(code)`: `\(command)` has no \(flag)")
                    checked += 1
                }
            } else if !others.contains(where: { code.contains($0) }) {
                for flag in Self.flags(in: code) {
                    #expect(everyFlag.contains(flag), "\(page): `\(code)`: no command has \(flag)")
                    checked += 1
                }
            }
        }
        #expect(checked > 30, "the docs name many flags: \(checked)")
    }
}
