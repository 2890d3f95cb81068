import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// The composer as a person uses it, in a real terminal (tmux) at 80x24: keys and pastes in,
    /// the screen read back by polling.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct ComposerEndToEndTests {
        @Test func aNewUserComposesABatchOfEveryCredentialTypeFixesAWrongDateSavesAndTheFileValidates() async throws {
            let world = try ComposerWorld()
            try world.write("transcript.pdf", Array("%PDF-1.4\n%test\n".utf8))
            let session = try world.start()
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try await session.waitFor("2 errors")

            // The holder.
            try await session.paste("Jane Citizen", thenWaitFor: "1 error")

            // Education, with a partner chain and a file.
            try await session.addCredential("Educ", form: "Education 1 of 1")
            try session.paste("University of Melbourne")
            try session.send("Tab")
            try session.paste("Bachelor of Science")
            try session.send("Tab")
            try session.type("2023")
            try await session.waitFor("ready to send")
            // Awaiting graduation, Has majors, With honours, Transcript, then "Add intermediary".
            try session.send("Tab", "Tab", "Tab", "Tab", "Tab", "Enter")
            try await session.waitFor("Intermediary 1")
            try await session.paste("ABC University Network", thenWaitFor: "ABC University Network")
            // Past "Add intermediary" to "Add file".
            try session.send("Tab", "Tab", "Enter")
            try await session.waitFor("File 1")
            try await session.paste("transcript.pdf", thenWaitFor: "PDF · ")

            // A microcredential with a date that does not exist: the screen flags it beside the field.
            try await session.addCredential("Micro", form: "Microcredential 1 of 1")
            try session.paste("Skill Test Provider")
            try session.send("Tab")
            try session.paste("AI Essentials")
            try session.send("Tab")
            try session.type("20240230")
            try await session.waitFor("is not a real date")
            let flagged = session.lines(from: "Issued *", count: 2)
            #expect(flagged.first?.contains("2024-02-30") == true, "\(flagged)")
            #expect(flagged.last?.contains("is not a real date") == true, "the flag sits under its field: \(flagged)")
            try session.send("BSpace", "BSpace")
            try session.type("29")
            try await session.waitUntil("the flag to go once the date is fixed") {
                !$0.contains("is not a real date") && !$0.contains("not a date") && $0.contains("2024-02-29")
            }

            try await session.composeEnglish()
            try await session.composeRightToWork()
            try await session.composeCareer()
            let ready = try await session.composeUniversal()
            let counts = ready.split(separator: "\n").last.map(String.init) ?? ""
            #expect(counts.contains("ready to send") && !counts.contains("error"), "\(counts)")

            // Save (F2 asks for a name), and the file validates.
            try session.send("F2")
            try await session.waitFor("Save the payload as")
            try session.paste("jane-citizen.json")
            try session.send("Enter")
            try await session.waitFor("Saved")
            let validation = try world.validate("jane-citizen.json")
            #expect(validation.status == 0, "\(validation.output)\(validation.error)")
            #expect(validation.output.contains("valid batch"))

            let data = try #require(world.read("jane-citizen.json"))
            let saved = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            func first(_ key: String) -> [String: Any]? { (saved[key] as? [[String: Any]])?.first }
            func fields(_ item: [String: Any]?) -> [String: Any] { item?["fields"] as? [String: Any] ?? [:] }
            let holder = saved["digital_identity"] as? [String: Any]
            #expect(fields(holder)["full_name"] as? String == "Jane Citizen")
            let education = first("education_items")
            #expect(fields(education)["conferral_year"] as? String == "2023")
            let chain = fields(education)["partner_chain"] as? [[String: String]]
            #expect(chain == [["name": "ABC University Network"]])
            #expect((education?["assets"] as? [[String: String]])?.first?["asset_type"] == "pdf")
            #expect(fields(first("microcredential_items"))["issue_date"] as? String == "2024-02-29")
            let scores = fields(first("english_proficiency_items"))["test_scores"] as? [String: Any]
            #expect((scores?["cefr_scores"] as? [String: String])?["combined"] == "B2")
            #expect(fields(first("right_to_work_items"))["singapore_work_rights"] as? String == "resident")
            let employment = fields(saved["career_history"] as? [String: Any])["employment"] as? [[String: Any]]
            #expect(employment?.first?["start_date"] as? String == "2023-02")
            #expect(fields(first("universal_credential_items"))["credential_name"] as? String == "First Aid")
            for item in ["education_items", "microcredential_items", "english_proficiency_items", "right_to_work_items",
                         "universal_credential_items"] {
                #expect(fields(first(item))["full_name"] as? String == "Jane Citizen", "\(item) carries the holder's name")
            }

            // Everything is in the file: quitting asks nothing and leaves no draft to resume.
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
            #expect(world.draftTexts().isEmpty, "\(world.draftNames())")
        }

        @Test func savingOverAnExistingFileAsksAndCancelLeavesItAlone() async throws {
            let world = try ComposerWorld()
            try world.write("taken.json", Array("{}\n".utf8))
            let session = try world.start("--new batch")
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try await session.paste("Jane Citizen", thenWaitFor: "1 error")
            try session.send("F2")
            try await session.waitFor("Save the payload as")
            try session.paste("taken.json")
            try session.send("Enter")
            try await session.waitFor("Replace the file?")
            try session.send("Enter")  // Cancel is highlighted first.
            try await session.waitFor("Nothing written")
            #expect(world.read("taken.json") == Data("{}\n".utf8))
        }

        /// A batch of `count` microcredentials for "Jane Citizen", valid.
        static func largeBatch(_ count: Int) -> String {
            let items = (1...count).map { i in
                """
                {"credential_id": "L-1-micro-\(i)", "fields": {"full_name": "Jane Citizen", "issuer_name": "Issuer \(i)",
                 "microcredential_name": "Course \(i)", "issue_date": "2024-04-30", "partner_chain": [{"name": "Network \(i)"}]}}
                """
            }
            return """
                {"credential_id": "L-1", "digital_identity": {"credential_id": "L-1-1", "fields": {"full_name": "Jane Citizen"}},
                 "education_items": [], "microcredential_items": [\(items.joined(separator: ",\n"))], "english_proficiency_items": []}
                """
        }

        @Test func typingTheHoldersNameInABatchOfSixtyCredentialsReachesEveryCredential() async throws {
            let world = try ComposerWorld()
            try world.write("large.json", Array(Self.largeBatch(60).utf8))
            let session = try world.start("large.json")
            defer { session.close() }
            try await session.waitFor("ready to send")
            let clock = ContinuousClock()
            var samples: [Duration] = []
            // Each letter changes the holder's name and, with it, all sixty credentials' names.
            for letter in "-Smith" {
                let elapsed = try await clock.measure {
                    try session.type(String(letter))
                    try await session.waitUntil("the letter \(letter)") { screen in
                        screen.split(separator: "\n").contains { $0.contains("││›Full name") && $0.contains("Citizen-Smith".prefix(7 + samples.count + 1)) }
                    }
                }
                samples.append(elapsed)
            }
            let sorted = samples.sorted()
            print("measured: key to redrawn screen, batch of 60 credentials, through tmux: median \(sorted[sorted.count / 2]), max \(sorted.last ?? .zero)")
            // How quick is the benchmark's to say (Benchmarks/scripts/batch-keys.sh, target median < 500 ms):
            // here the suites running beside this one set the pace. What this test holds: every key lands
            // on screen (the waits above) and in all sixty-one names (below).
            try session.send("F2")
            try await session.waitFor("Saved")
            let saved = String(decoding: try #require(world.read("large.json")), as: UTF8.self)
            #expect(saved.components(separatedBy: "\"full_name\": \"Jane Citizen-Smith\"").count - 1 == 61)
        }
    }
}
