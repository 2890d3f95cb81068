import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// The line mode as a script drives it: standard input a pipe, plain lines out.
    @Suite(.serialized) struct LineModeEndToEndTests {
        /// A holder and two credentials, a wrong date fixed, saved, sent to the embedded sandbox.
        static let script = """
            Ada Lovelace
            add
            2
            Skill Test Provider
            AI Essentials
            2024-13-01
            done
            problems
            fix
            2024-04-30
            done
            add
            6
            First Aid
            Cert
            Red Cross
            2024-08-15
            done
            save batch.json
            submit

            """

        /// Runs `printf SCRIPT | seekpass-composer ARGUMENTS` in a home of its own.
        func run(_ arguments: String, script: String, environment extra: [String: String] = [:],
                 home: TemporaryDirectory) async throws -> Spawn.Result {
            let work = try home.folder("work")
            try home.file("script.txt", text: script)
            let command = "cat \(TmuxSession.quote(home.path("script.txt"))) | \(TmuxSession.quote(try BuiltProgram.path())) \(arguments)"
            return await (try Spawn.start(["/bin/sh", "-c", command], environment: home.homeEnvironment(extra), in: work)).ended()
        }

        func expectPlain(_ output: String) {
            #expect(!output.contains("\u{1B}"), "no escape sequences")
            #expect(!output.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }, "no box drawing")
        }

        func expectComposedSavedAndSent(_ result: Spawn.Result, home: TemporaryDirectory) throws {
            #expect(result.status == 0, "\(result)")
            let output = result.output
            expectPlain(output + result.error)
            #expect(output.contains("Issued: 2024-13-01\nError: \"2024-13-01\" is not a real date"), "\(output)")
            #expect(output.contains("Issued: 2024-04-30\nOK."), "\(output)")
            #expect(output.contains("Saved "), "\(output)")
            let saved = try String(contentsOfFile: home.path("work/batch.json"), encoding: .utf8)
            #expect(saved.contains("\"AI Essentials\"") && saved.contains("\"First Aid\"") && saved.contains("\"Ada Lovelace\""))
            let lines = output.split(separator: "\n").map(String.init)
            let link = lines.first { $0.hasPrefix("http://127.0.0.1:") && $0.contains("/partner/add/batch") }
            #expect(link != nil, "the redirect URI is on a line of its own: \(output)")
            #expect(output.contains("The link for the holder"), "\(output)")
            #expect(output.contains("End of input. Everything is saved in batch.json."), "\(output)")
        }

        @Test func aBatchIsComposedFixedSavedAndSentThroughAPipe() async throws {
            let home = try TemporaryDirectory("seekpass-line")
            let result = try await run("--accessible --new batch", script: Self.script, home: home)
            try expectComposedSavedAndSent(result, home: home)
        }

        @Test func termDumbRunsTheLineModeWithoutTheFlag() async throws {
            let home = try TemporaryDirectory("seekpass-line")
            let result = try await run("--new batch", script: Self.script, environment: ["TERM": "dumb"], home: home)
            try expectComposedSavedAndSent(result, home: home)
        }

        @Test func theEndOfInputSavesADraftAndSaysWhere() async throws {
            let home = try TemporaryDirectory("seekpass-line")
            let result = try await run("", script: "Grace Hopper\nadd\n1\nUniversity of Melbourne\n", environment: ["ACCESSIBLE": "1"],
                                       home: home)
            #expect(result.status == 0, "\(result)")
            expectPlain(result.output + result.error)
            let drafts = home.path(".local/state/seekpass-composer/drafts")
            let said = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("End of input. The draft is saved in ") },
                                    "\(result.output)")
            let path = String(said.dropFirst("End of input. The draft is saved in ".count).dropLast())
            #expect(path.hasPrefix(drafts), "\(path)")
            let draft = try String(contentsOfFile: path, encoding: .utf8)
            #expect(draft.contains("Grace Hopper") && draft.contains("University of Melbourne"))
        }
    }
}
