import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// A new user composes a career history from `--new career-history` with nothing but Tab,
    /// typing and F2: every value typed lands in its own field of the saved file.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct CareerHistoryEndToEndTests {
        @Test func onlyTabTypingAndF2PutEveryValueInItsField() async throws {
            let world = try ComposerWorld()
            let session = try world.start("--new career-history")
            defer { session.close() }
            try await session.waitFor("Full name *")
            // Full name, then Tab onto "Employment record 1": typing there starts its first field.
            for (value, tabs) in [("Jane Citizen", 1), ("Company A", 1), ("Software Engineer", 1),
                                  ("Senior Software Engineer", 1), ("202001", 2), ("202405", 0)] {
                try session.type(value)
                try await session.waitUntil("\(value) on screen") { screen in
                    let shown = value.count == 6 && value.allSatisfy(\.isNumber)
                        ? String(value.prefix(4)) + "-" + String(value.suffix(2)) : value
                    return screen.contains(shown)
                }
                for _ in 0..<tabs { try session.send("Tab") }
            }
            try await session.waitFor("ready to send")
            try session.send("F2")
            try await session.waitFor("Save the payload as")
            try session.type("career.json")
            try session.send("Enter")
            try await session.waitFor("Saved")
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)

            let data = try #require(world.read("career.json"))
            let saved = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let fields = try #require(saved["fields"] as? [String: Any])
            #expect(fields["full_name"] as? String == "Jane Citizen")
            let record = try #require((fields["employment"] as? [[String: Any]])?.first)
            #expect(record["organisation"] as? String == "Company A")
            #expect(record["role_classification"] as? String == "Software Engineer")
            #expect(record["role_title"] as? String == "Senior Software Engineer")
            #expect(record["start_date"] as? String == "2020-01")
            #expect(record["end_date"] == nil, "Ended was passed with Tab, left empty")
            #expect(record["last_processed_month"] as? String == "2024-05")
            #expect(try world.validate("career.json").status == 0)
        }
    }
}
