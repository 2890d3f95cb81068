import Foundation
import Testing

extension EndToEnd {
    /// Writes the composer's text screenshots for docs/user-guide.md (docs/screens/composer-*.txt)
    /// when SEEKPASS_WRITE_SCREENS=1; `SEEKPASS_WRITE_DOCS=1 swift test --filter DocsTests` then copies
    /// them into the guide. The composer runs in /tmp/seekpass-guide so that paths on screen stay the same.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable && ProcessInfo.processInfo.environment["SEEKPASS_WRITE_SCREENS"] == "1",
                                 "set SEEKPASS_WRITE_SCREENS=1 to capture docs/screens/"))
    struct ComposerScreenshots {
        static let root = URL(fileURLWithPath: "/tmp/seekpass-guide")

        func save(_ name: String, _ screen: String) async throws {
            try FileManager.default.createDirectory(at: Screenshots.directory, withIntermediateDirectories: true)
            try screen.write(to: Screenshots.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        /// A new batch composed from start to save at 80x24, captured along the way.
        @Test func walkThrough() async throws {
            let world = try ComposerWorld(root: Self.root)
            try world.write("transcript.pdf", Array("%PDF-1.4\n%guide\n".utf8))
            let session = try world.start()
            defer { session.close() }
            try await save("composer-start-80x24.txt", try await session.waitFor("2 errors"))

            try await session.paste("Jane Citizen", thenWaitFor: "1 error")
            try session.send("F7")
            try await save("composer-add-menu-80x24.txt", try await session.waitFor("Enter adds · Esc closes"))
            try session.send("Enter")
            try await session.waitFor("Education 1 of 1")
            try session.paste("University of Melbourne")
            try session.send("Tab")
            try session.paste("Bachelor of Science")
            try session.send("Tab")
            try session.type("2023")
            try session.send("Tab", "Tab", "Tab", "Tab", "Tab", "Enter")
            try await session.waitFor("Intermediary 1")
            try await session.paste("ABC University Network", thenWaitFor: "ABC University Network")
            try session.send("Tab", "Tab", "Enter")
            try await session.waitFor("File 1")
            try session.paste("transcript.pdf")
            try await save("composer-education-80x24.txt", try await session.waitFor("PDF · "))

            try await session.addCredential("Micro", form: "Microcredential 1 of 1")
            try session.paste("Skill Test Provider")
            try session.send("Tab")
            try session.paste("AI Essentials")
            try session.send("Tab")
            try session.type("20240230")
            try await save("composer-date-flag-80x24.txt", try await session.waitFor("is not a real date"))
            try session.send("BSpace", "BSpace")
            try session.type("29")
            try await session.waitUntil("the fixed date") { !$0.contains("is not a real date") && $0.contains("2024-02-29") }

            try await save("composer-english-80x24.txt", try await session.composeEnglish())
            try await session.composeRightToWork { screen in try await save("composer-right-to-work-80x24.txt", screen) }
            try await save("composer-career-80x24.txt", try await session.composeCareer())
            try await save("composer-universal-80x24.txt", try await session.composeUniversal())

            try session.send("F5")
            try await save("composer-preview-80x24.txt", try await session.waitFor("exactly what is sent"))
            try session.send("F5")
            try await session.waitFor("Universal credential 1 of 1")

            try session.send("F2")
            try await session.waitFor("Save the payload as")
            try session.paste("jane-citizen.json")
            try await save("composer-save-80x24.txt", try await session.waitFor("jane-citizen.json"))
            try session.send("Enter")
            try await save("composer-saved-80x24.txt", try await session.waitFor("Saved"))

            try session.send("C-p")
            try await save("composer-palette-80x24.txt", try await session.waitFor("type to filter commands"))
            try session.paste("curl")
            try session.send("Enter")
            try await session.waitFor("Write the body for curl to")
            try session.send("Enter")
            try await save("composer-curl-80x24.txt", try await session.waitFor("--data-binary"))
            try session.send("Enter")
            try session.send("C-q")
            _ = try await session.exitCode()

            // The saved file at 160 columns: the preview stands beside the form and follows the focus.
            let wide = try world.start("jane-citizen.json", width: 160, height: 40)
            defer { wide.close() }
            try await wide.waitFor("Opened jane-citizen.json")
            try wide.send("Escape")
            try await wide.waitFor("Up/Down choose a credential")
            try wide.send("Down", "Down", "Enter")
            try await save("composer-wide-160x40.txt", try await wide.waitFor("\"microcredential_name\": \"AI Essentials\""))
        }

        @Test func problemsAndHelp() async throws {
            let world = try ComposerWorld(root: Self.root)
            try world.write("problems.json", Array(OpenFilesEndToEndTests.problems.utf8))
            let session = try world.start("problems.json", width: 100, height: 30)
            defer { session.close() }
            try await save("composer-opened-with-problems-100x30.txt", try await session.waitFor("Opened problems.json with 3 errors"))
            try session.send("F4")
            try await save("composer-next-problem-100x30.txt", try await session.waitUntil("the number for a string") {
                $0.split(separator: "\n").contains { $0.contains("││›Issuer") }
            })
            try session.send("F1")
            try await save("composer-help-100x30.txt", try await session.waitFor("Keys — composer"))
        }

        @Test func resumeAfterACrash() async throws {
            let world = try ComposerWorld(root: Self.root)
            let session = try world.start()
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try await session.paste("Jane Citizen", thenWaitFor: "1 error")
            try await session.addCredential("Micro", form: "Microcredential 1 of 1")
            try session.paste("Skill Test Provider")
            try await world.waitForDraft(containing: "Skill Test Provider")
            kill(try await session.pid(), SIGKILL)
            _ = try await session.exitCode()
            session.close()
            let again = try world.start()
            defer { again.close() }
            try await save("composer-resume-80x24.txt", try await again.waitFor("Resume your draft?"))
        }
    }
}
