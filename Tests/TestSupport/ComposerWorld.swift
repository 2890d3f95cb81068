import Foundation

/// A temporary home for the composer in end-to-end tests: a working directory (where files are
/// saved and opened) and an `XDG_STATE_HOME` (where drafts live), kept across restarts of the
/// program so that a draft left by one run is found by the next.
public final class ComposerWorld: @unchecked Sendable {
    public let root: URL
    public var work: URL { root.appendingPathComponent("work") }
    public var state: URL { root.appendingPathComponent("state") }
    public var drafts: URL { state.appendingPathComponent("seekpass-composer/drafts") }

    /// - Parameter root: a fixed place (emptied first), for screens whose paths should not change between runs.
    public init(root fixed: URL? = nil) throws {
        root = fixed ?? FileManager.default.temporaryDirectory.appendingPathComponent("composer-e2e-\(UUID().uuidString.prefix(8))")
        if fixed != nil { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Starts `seekpass-composer arguments` in the working directory.
    /// - Parameter stateHome: where `XDG_STATE_HOME` points instead of ``state`` (one that cannot be written).
    public func start(_ arguments: String = "", width: Int = 80, height: Int = 24, stateHome: String? = nil) throws -> TmuxSession {
        try TmuxSession(command: "\(TmuxSession.quote(TmuxSession.binary)) \(arguments)", width: width, height: height,
                        environment: ["XDG_STATE_HOME": stateHome ?? state.path], workingDirectory: work.path)
    }

    /// A state folder no draft can be written to: its parent is a file.
    public func unwritableStateHome() throws -> String {
        let blocker = root.appendingPathComponent("not-a-folder")
        try Data("a file where a folder should be\n".utf8).write(to: blocker)
        return blocker.appendingPathComponent("state").path
    }

    /// A saved batch with a holder, for tests that open a file.
    public static let priya = Array(#"{"credential_id": "b-priya", "digital_identity": {"credential_id": "b-priya-1", "fields": {"full_name": "Priya Sharma"}}, "education_items": [], "microcredential_items": [], "english_proficiency_items": []}"#.utf8)

    /// Writes a file into the working directory.
    public func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: work.appendingPathComponent(name))
    }

    public func read(_ name: String) -> Data? {
        try? Data(contentsOf: work.appendingPathComponent(name))
    }

    /// The names in the drafts directory.
    public func draftNames() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []).sorted()
    }

    /// The text of every draft file (`draft-*.json`).
    public func draftTexts() -> [String] {
        draftNames().filter { $0.hasPrefix("draft-") && $0.hasSuffix(".json") }.compactMap {
            try? String(contentsOf: drafts.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// When the draft containing `text` was written (its file's modification time).
    public func draftModified(containing text: String) -> Date? {
        for name in draftNames() where name.hasPrefix("draft-") && name.hasSuffix(".json") {
            let path = drafts.appendingPathComponent(name).path
            guard let content = try? String(contentsOfFile: path, encoding: .utf8), content.contains(text) else { continue }
            return (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
        return nil
    }

    /// Polls the drafts until one contains `text`; returns how long that took.
    @discardableResult
    public func waitForDraft(containing text: String, timeout: Duration = Wait.ceiling) async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < timeout {
            if draftTexts().contains(where: { $0.contains(text) }) { return clock.now - start }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw TmuxSession.Timeout(waitingFor: "a draft containing \(text)", screen: draftTexts().joined(separator: "\n"))
    }

    /// Runs `seekpass-composer validate FILE` on a file of the working directory.
    public func validate(_ name: String) throws -> Spawn.Result {
        try Spawn.run([TmuxSession.binary, "validate", work.appendingPathComponent(name).path],
                      environment: IsolatedHome.environment(home: root.appendingPathComponent("home").path,
                                                            ["XDG_STATE_HOME": state.path]))
    }
}

extension TmuxSession {
    /// Types text into the program as one bracketed paste, then waits until `shows` is on screen.
    @discardableResult
    public func paste(_ text: String, thenWaitFor shows: String) async throws -> String {
        try paste(text)
        return try await waitFor(shows)
    }

    /// Opens the add menu (F7), picks the credential type by typing part of its name, and waits for its form.
    public func addCredential(_ filter: String, form title: String) async throws {
        try send("F7")
        try await waitFor("Enter adds · Esc closes")
        try paste(filter)
        try await waitFor("/\(filter)")
        try send("Enter")
        try await waitFor(title)
    }

    // The credentials of the walk-through batch, each typed as a person would; each returns
    // the settled screen at its end, for the tests to check and the guide to show.

    /// English proficiency: two presses of b choose B2 (combined), then the overall score.
    @discardableResult
    public func composeEnglish() async throws -> String {
        try await addCredential("English", form: "English proficiency 1 of 1")
        try paste("Skill Test Provider")
        try send("Tab")
        try paste("English SPEAKING")
        try send("Tab")
        try type("20240101")
        try send("Tab", "Tab", "b", "b")
        try await waitFor("B2")
        // Reading, Listening, Speaking, Writing, then the overall score.
        try send("Tab", "Tab", "Tab", "Tab", "Tab")
        try paste("100")
        try send("Tab")
        try paste("EnglishScore")
        return try await waitFor("EnglishScore")
    }

    /// Right to work in Singapore, which needs the work rights; `countryChosen` sees the
    /// screen once the country has brought up that field.
    @discardableResult
    public func composeRightToWork(countryChosen: (String) async throws -> Void = { _ in }) async throws -> String {
        try await addCredential("Right", form: "Right to work 1 of 1")
        try await countryChosen(try await paste("SG", thenWaitFor: "Singapore work rights"))
        try send("Tab")
        return try await paste("resident", thenWaitFor: "resident")
    }

    /// Career history: one employment record.
    @discardableResult
    public func composeCareer() async throws -> String {
        try await addCredential("Career", form: "Employment record 1")
        try paste("Company A")
        try send("Tab")
        try paste("Software Engineer")
        try send("Tab")
        try paste("Senior Software Engineer")
        try send("Tab")
        try type("202302")
        try send("Tab", "Tab")
        try type("202405")
        return try await waitFor("2024-05")
    }

    /// A universal credential issued on 2024-08-15.
    @discardableResult
    public func composeUniversal() async throws -> String {
        try await addCredential("Universal", form: "Universal credential 1 of 1")
        try paste("First Aid")
        try send("Tab")
        try paste("Cert")
        try send("Tab")
        try paste("Red Cross")
        try send("Tab")
        try type("20240815")
        return try await waitFor("2024-08-15")
    }

    /// The screen line that contains `text`, and the lines after it.
    public func lines(from text: String, count: Int = 3) -> [String] {
        let all = screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = all.firstIndex(where: { $0.contains(text) }) else { return [] }
        return Array(all[index..<min(all.count, index + count)])
    }
}
