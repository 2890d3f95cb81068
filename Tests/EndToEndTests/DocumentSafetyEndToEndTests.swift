import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// Nothing typed is lost, walked as a person would in tmux: a draft of an opened file after
    /// `kill -9`, every answer to the quit question, drafts that cannot be written, F3 over
    /// unsaved work, and an OpenCert that is refused rather than rewritten.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct DocumentSafetyEndToEndTests {
        /// Opens priya.json, adds " Rao" to the holder's name, and waits until the draft holds it.
        func typeIntoPriya(_ world: ComposerWorld) async throws -> TmuxSession {
            try world.write("priya.json", ComposerWorld.priya)
            let session = try world.start("priya.json")
            try await session.waitFor("Opened priya.json")
            try await session.paste(" Rao", thenWaitFor: "Priya Sharma Rao")
            try await world.waitForDraft(containing: "Priya Sharma Rao")
            return session
        }

        @Test func killNineThenReopeningTheSameFileOffersItsDraftAndResumingShowsTheText() async throws {
            let world = try ComposerWorld()
            let session = try await typeIntoPriya(world)
            kill(try await session.pid(), SIGKILL)
            #expect(try await session.exitCode() == 128 + SIGKILL)
            session.close()

            let again = try world.start("priya.json")
            defer { again.close() }
            let offered = try await again.waitFor("Show the difference")
            #expect(offered.contains("Resume the draft?") && offered.contains("Open as saved"), "\(offered)")
            try again.send("Enter")
            let resumed = try await again.waitFor("Priya Sharma Rao")
            #expect(resumed.contains("not saved to a file"), "\(resumed)")
            #expect(world.read("priya.json") == Data(ComposerWorld.priya), "the file is as it was saved")
        }

        @Test func theDifferenceShowsTheFilesLineAndTheDraftsLine() async throws {
            let world = try ComposerWorld()
            let session = try await typeIntoPriya(world)
            kill(try await session.pid(), SIGKILL)
            _ = try await session.exitCode()
            session.close()
            let again = try world.start("priya.json", width: 100, height: 30)
            defer { again.close() }
            try await again.waitFor("Show the difference")
            try again.send("Right", "Right", "Enter")
            let difference = try await again.waitFor("The draft against the file")
            #expect(difference.contains(#"- "full_name": "Priya Sharma""#) || difference.contains(#"-       "full_name": "Priya Sharma""#), "\(difference)")
            #expect(difference.contains(#""full_name": "Priya Sharma Rao""#), "\(difference)")
            // Open as saved: the file's text, the draft kept.
            try again.send("Right", "Enter")
            let saved = try await again.waitFor("as it is saved")
            #expect(!saved.contains("Priya Sharma Rao"))
            #expect(world.draftTexts().contains { $0.contains("Priya Sharma Rao") }, "the draft stays")
            // Quitting untouched keeps it too: only a save or a discard removes a draft.
            try again.send("C-q")
            #expect(try await again.exitCode() == 0)
            #expect(world.draftTexts().contains { $0.contains("Priya Sharma Rao") }, "the draft outlives the quit")
        }

        @Test func quittingAndSavingPutsTheTextInTheFile() async throws {
            let world = try ComposerWorld()
            let session = try await typeIntoPriya(world)
            defer { session.close() }
            try session.send("C-q")
            let asked = try await session.waitFor("Keep as draft")
            #expect(asked.contains("Save to priya.json") && asked.contains("Discard changes") && asked.contains("Stay"), "\(asked)")
            try session.send("Enter")
            #expect(try await session.exitCode() == 0)
            #expect(String(decoding: world.read("priya.json") ?? Data(), as: UTF8.self).contains("Priya Sharma Rao"))
            #expect(!world.draftTexts().contains { $0.contains("Priya Sharma Rao") }, "the file holds it: no draft is left")
        }

        @Test func quittingAndKeepingTheDraftLeavesTheTextInTheDraft() async throws {
            let world = try ComposerWorld()
            let session = try await typeIntoPriya(world)
            defer { session.close() }
            try session.send("C-q")
            try await session.waitFor("Keep as draft")
            try session.send("Right", "Enter")
            #expect(try await session.exitCode() == 0)
            #expect(world.read("priya.json") == Data(ComposerWorld.priya))
            #expect(world.draftTexts().contains { $0.contains("Priya Sharma Rao") })
        }

        @Test func quittingAndDiscardingLeavesNeitherFileNorDraftChanged() async throws {
            let world = try ComposerWorld()
            let session = try await typeIntoPriya(world)
            defer { session.close() }
            try session.send("C-q")
            try await session.waitFor("Keep as draft")
            try session.send("Right", "Right", "Enter")
            #expect(try await session.exitCode() == 0)
            #expect(world.read("priya.json") == Data(ComposerWorld.priya))
            #expect(!world.draftTexts().contains { $0.contains("Priya Sharma Rao") }, "discarded on purpose")
        }

        @Test func quittingAndStayingKeepsTheProgramAndTheText() async throws {
            let world = try ComposerWorld()
            let session = try await typeIntoPriya(world)
            defer { session.close() }
            try session.send("C-q")
            try await session.waitFor("Keep as draft")
            try session.send("Escape")
            let stayed = try await session.waitUntil("the question gone") { !$0.contains("Keep as draft") }
            #expect(stayed.contains("Priya Sharma Rao"))
        }

        @Test func draftsThatCannotBeWrittenAreSaidUntilQuitAndQuittingClaimsNoDraft() async throws {
            let world = try ComposerWorld()
            let session = try world.start(stateHome: try world.unwritableStateHome())
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try session.paste("Jane Citizen")
            let warned = try await session.waitFor("Drafts cannot be saved")
            #expect(warned.split(separator: "\n").first?.contains("Drafts cannot be saved — F2 saves to a file") == true, "\(warned)")
            // Later keys do not take the warning away.
            try session.send("Tab", "Tab")
            try session.paste("x")
            try await session.waitFor("Jane Citizen")
            #expect(session.screen().split(separator: "\n").first?.contains("Drafts cannot be saved") == true, "\(session.screen())")
            try session.send("C-q")
            let asked = try await session.waitFor("Discard changes")
            #expect(!asked.contains("Keep as draft"), "\(asked)")
            #expect(!asked.contains("draft keeps") && !asked.contains("Its draft holds them"), "\(asked)")
            #expect(asked.contains("so only") && asked.contains("not-a-folder is a file"), "\(asked)")
        }

        @Test func f3WithUnsavedWorkAsksBeforeOpening() async throws {
            let world = try ComposerWorld()
            try world.write("other.json", ComposerWorld.priya)
            let session = try world.start()
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try await session.paste("Jane Citizen", thenWaitFor: "Jane Citizen")
            try session.send("F3")
            try await session.waitFor("Open a payload")
            try session.paste("other.json")
            try session.send("Enter")
            let asked = try await session.waitFor("Open another file?")
            #expect(asked.contains("Jane Citizen") || asked.contains("Discard changes"), "\(asked)")
            try session.send("Escape")
            let stayed = try await session.waitUntil("the question gone") { !$0.contains("Open another file?") }
            #expect(stayed.contains("Jane Citizen"), "nothing replaced")
        }

        @Test func f3OnAnOpenCertRefusesItAndLeavesTheFileByteForByte() async throws {
            let world = try ComposerWorld()
            let cert = Array(try Data(contentsOf: Samples.directory.appendingPathComponent("opencert/jane-roe-wrapped.json")))
            try world.write("degree.opencert", cert)
            let session = try world.start()
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try session.send("F3")
            try await session.waitFor("Open a payload")
            try session.paste("degree.opencert")
            try session.send("Enter")
            let refused = try await session.waitFor("Not opened")
            #expect(refused.contains("OpenCert"), "\(refused)")
            try session.send("Enter", "F2")
            try await session.waitFor("Save the payload as")
            try session.send("Escape")
            #expect(world.read("degree.opencert") == Data(cert))
            // On the command line too: refused with exit 1, the file untouched.
            let line = try world.start("degree.opencert")
            defer { line.close() }
            #expect(try await line.exitCode() == 1)
            let said = try await line.waitFor("READY")
            #expect(said.contains("this is an OpenCert document, not a request"), "\(said)")
            #expect(world.read("degree.opencert") == Data(cert))
        }
    }
}
