import Foundation

/// The composer's screens for docs/user-guide.md, each walked as a person would. The composer
/// runs in /tmp/seekpass-guide so that paths on screen stay the same from one run to the next.
public enum GuideWalks {
    public static let root = URL(fileURLWithPath: "/tmp/seekpass-guide")

    /// A file with three problems: an unknown key, a number for a string, a date that does not exist.
    public static let problems = """
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

    public static func all() async throws -> [ScreenCapture] {
        try await walkThrough() + (try await problemsAndHelp()) + (try await resumeAfterACrash()) + (try await draftOfAFile())
            + (try await quittingAndUnwritableDrafts())
    }

    /// A new batch composed from start to save at 80x24, captured along the way.
    public static func walkThrough() async throws -> [ScreenCapture] {
        var captures: [ScreenCapture] = []
        func keep(_ name: String, _ screen: String, width: Int = 80) { captures.append(ScreenCapture(name: name, width: width, screen: screen)) }
        let world = try ComposerWorld(root: root)
        try world.write("transcript.pdf", Array("%PDF-1.4\n%guide\n".utf8))
        let session = try world.start()
        defer { session.close() }
        keep("composer-start-80x24.txt", try await session.waitFor("2 errors"))

        try await session.paste("Jane Citizen", thenWaitFor: "1 error")
        try session.send("F7")
        keep("composer-add-menu-80x24.txt", try await session.waitFor("Enter adds · Esc closes"))
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
        keep("composer-education-80x24.txt", try await session.waitFor("PDF · "))

        try await session.addCredential("Micro", form: "Microcredential 1 of 1")
        try session.paste("Skill Test Provider")
        try session.send("Tab")
        try session.paste("AI Essentials")
        try session.send("Tab")
        try session.type("20240230")
        keep("composer-date-flag-80x24.txt", try await session.waitFor("is not a real date"))
        try session.send("BSpace", "BSpace")
        try session.type("29")
        try await session.waitUntil("the fixed date") { !$0.contains("is not a real date") && $0.contains("2024-02-29") }

        keep("composer-english-80x24.txt", try await session.composeEnglish())
        try await session.composeRightToWork { screen in keep("composer-right-to-work-80x24.txt", screen) }
        keep("composer-career-80x24.txt", try await session.composeCareer())
        keep("composer-universal-80x24.txt", try await session.composeUniversal())

        try session.send("F5")
        keep("composer-preview-80x24.txt", try await session.waitFor("exactly what is sent"))
        try session.send("F5")
        try await session.waitFor("Universal credential 1 of 1")

        try session.send("F2")
        try await session.waitFor("Save the payload as")
        try session.paste("jane-citizen.json")
        keep("composer-save-80x24.txt", try await session.waitFor("jane-citizen.json"))
        try session.send("Enter")
        keep("composer-saved-80x24.txt", try await session.waitFor("Saved"))

        try session.send("C-p")
        keep("composer-palette-80x24.txt", try await session.waitFor("type to filter commands"))
        try session.paste("curl")
        try session.send("Enter")
        try await session.waitFor("Write the body for curl to")
        try session.send("Enter")
        keep("composer-curl-80x24.txt", try await session.waitFor("--data-binary"))
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
        keep("composer-wide-160x40.txt", try await wide.waitFor("\"microcredential_name\": \"AI Essentials\""), width: 160)
        return captures
    }

    /// A file with problems at 100x30: opened, the next problem, the help.
    public static func problemsAndHelp() async throws -> [ScreenCapture] {
        var captures: [ScreenCapture] = []
        func keep(_ name: String, _ screen: String) { captures.append(ScreenCapture(name: name, width: 100, screen: screen)) }
        let world = try ComposerWorld(root: root)
        try world.write("problems.json", Array(problems.utf8))
        let session = try world.start("problems.json", width: 100, height: 30)
        defer { session.close() }
        keep("composer-opened-with-problems-100x30.txt", try await session.waitFor("Opened problems.json with 3 errors"))
        try session.send("F4")
        keep("composer-next-problem-100x30.txt", try await session.waitUntil("the number for a string") {
            $0.split(separator: "\n").contains { $0.contains("││›Issuer") }
        })
        try session.send("F1")
        keep("composer-help-100x30.txt", try await session.waitFor("Keys — composer"))
        return captures
    }

    /// The question after a crash: the draft is offered.
    public static func resumeAfterACrash() async throws -> [ScreenCapture] {
        let world = try ComposerWorld(root: root)
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
        return [ScreenCapture(name: "composer-resume-80x24.txt", width: 80, screen: try await again.waitFor("Drafts and recent files"))]
    }

    /// Opening a file whose draft holds more: the question, then the difference.
    public static func draftOfAFile() async throws -> [ScreenCapture] {
        let world = try ComposerWorld(root: root)
        try world.write("priya.json", ComposerWorld.priya)
        let session = try world.start("priya.json")
        defer { session.close() }
        try await session.waitFor("Opened priya.json")
        try await session.paste(" Rao", thenWaitFor: "Priya Sharma Rao")
        try await world.waitForDraft(containing: "Priya Sharma Rao")
        kill(try await session.pid(), SIGKILL)
        _ = try await session.exitCode()
        session.close()
        let again = try world.start("priya.json")
        defer { again.close() }
        let offered = try await again.waitFor("Show the difference")
        try again.send("Right", "Right", "Enter")
        let difference = try await again.waitFor("The draft against the file")
        return [ScreenCapture(name: "composer-file-draft-80x24.txt", width: 80, screen: offered),
                ScreenCapture(name: "composer-draft-difference-80x24.txt", width: 80, screen: difference)]
    }

    /// Ctrl-Q with unsaved changes, and the warning when drafts cannot be written.
    public static func quittingAndUnwritableDrafts() async throws -> [ScreenCapture] {
        let world = try ComposerWorld(root: root)
        let session = try world.start()
        defer { session.close() }
        try await session.waitFor("Holder (digital identity)")
        try await session.paste("Jane Citizen", thenWaitFor: "1 error")
        try await world.waitForDraft(containing: "Jane Citizen")
        try session.send("C-q")
        let quit = try await session.waitFor("Keep as draft")
        session.close()
        let blocked = try world.start(stateHome: try world.unwritableStateHome())
        defer { blocked.close() }
        try await blocked.waitFor("Holder (digital identity)")
        try blocked.paste("Jane Citizen")
        let warning = try await blocked.waitFor("Drafts cannot be saved")
        return [ScreenCapture(name: "composer-quit-80x24.txt", width: 80, screen: quit),
                ScreenCapture(name: "composer-drafts-unwritable-80x24.txt", width: 80, screen: warning)]
    }
}
