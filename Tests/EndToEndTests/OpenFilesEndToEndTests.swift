import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// Payload files opened from the command line: the seed samples open clean, a file with
    /// problems opens anyway with its problems shown, and F4 walks them.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct OpenFilesEndToEndTests {
        static let fixtures = TmuxSession.packageRoot.appendingPathComponent("Tests/PassCoreTests/Fixtures")

        /// Each seed sample and values that must be on its first screen.
        static let samples: [(String, [String])] = [
            ("batch-full.json", ["John Doe", "AI Essentials", "English SPEAKING", "Example Certifi"]),
            ("career-history.json", ["Company A", "Company B", "Senior Software Engineer"]),
            ("single-none.json", ["ExampleProvider", "Skill Test #3", "2024-08-31"]),
            ("single-opencert.json", ["OpenCert ·", "Skill Test #2", "Pass"]),
            ("single-partner-chain.json", ["Partner Organization", "Skill Test #1", "85%"]),
            ("single-pdf.json", ["https://example.com/certificate.pdf", "Skill Test #1"]),
        ]

        @Test(arguments: samples)
        func aSeedSampleOpensCleanAndReadyToSend(name: String, values: [String]) async throws {
            let world = try ComposerWorld()
            try world.write(name, Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name))))
            let session = try world.start(TmuxSession.quote(name), width: 100, height: 30)
            defer { session.close() }
            // Clean: no errors. The seed batch declares files, which are chosen on this computer before sending.
            let screen = try await session.waitUntil("ready to send, or files to choose") {
                $0.contains("ready to send") || $0.contains("files to choose")
            }
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.first?.contains(name) == true, "the title names the file: \(lines.first ?? "")")
            #expect(lines.last.map { !$0.contains("error") } == true, "\(lines.last ?? "")")
            #expect(!screen.contains("✗"), "no errors shown:\n\(screen)")
            #expect(screen.contains("Opened \(name)"), "\(screen)")
            for value in values { #expect(screen.contains(value), "\(value) on the first screen of \(name):\n\(screen)") }
            // Nothing changed: Ctrl-Q quits without asking.
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
        }

        static let problems = """
            {
              "credential_id": "B-1",
              "digital_identity": {"credential_id": "B-1-1", "fields": {"full_name": "Jane Citizen", "nickname": "JC"}},
              "education_items": [],
              "microcredential_items": [
                {"credential_id": "B-1-micro-1", "fields": {"full_name": "Jane Citizen", "issuer_name": 42,
                 "microcredential_name": "AI Essentials", "issue_date": "2024-02-30"}}
              ],
              "english_proficiency_items": []
            }
            """

        /// The form's focused row (the pointer at the form's left edge).
        func focusedRow(_ screen: String) -> String {
            screen.split(separator: "\n").first { $0.contains("││›") }.map(String.init) ?? ""
        }

        @Test func aFileWithProblemsOpensWithThemShownAndF4WalksThem() async throws {
            let world = try ComposerWorld()
            try world.write("problems.json", Array(Self.problems.utf8))
            let session = try world.start("problems.json", width: 100, height: 30)
            defer { session.close() }
            let opened = try await session.waitFor("Opened problems.json with 3 errors")
            #expect(opened.contains("nickname") && opened.contains("(F8 removes)"), "the unknown key has a row:\n\(opened)")
            #expect(opened.contains("is not a field of"))

            // The focus starts on the first problem; F4 goes to the next one.
            #expect(focusedRow(opened).contains("nickname"), "\(opened)")
            try session.send("F4")
            var screen = try await session.waitUntil("the number for a string") { focusedRow($0).contains("Issuer") }
            #expect(screen.contains("issuer_name must be a string, found a number (42)"), "\(screen)")
            try session.send("F4")
            screen = try await session.waitUntil("the date that does not exist") { focusedRow($0).contains("Issued") }
            #expect(screen.contains("\"2024-02-30\" is not a real date"), "\(screen)")
            // After the last problem F4 starts again from the first.
            try session.send("F4")
            try await session.waitUntil("the first problem again") { focusedRow($0).contains("nickname") }
        }
    }
}
