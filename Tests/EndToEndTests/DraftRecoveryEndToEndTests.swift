import Foundation
import PassCore
import TestSupport
import Testing

extension EndToEnd {
    /// Drafts survive `kill -9`: what was typed more than a second before the kill comes back.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct DraftRecoveryEndToEndTests {
        static func milliseconds(_ duration: Duration) -> Int {
            Int(duration.inMilliseconds)
        }

        @Test func killNineThenResumeBringsBackEverythingTypedBeforeThePause() async throws {
            let world = try ComposerWorld()
            let session = try world.start()
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try await session.paste("Kill Nine Person", thenWaitFor: "1 error")
            try await session.addCredential("Micro", form: "Microcredential 1 of 1")
            try session.paste("Skill Test Provider")
            try session.send("Tab")
            let clock = ContinuousClock()
            let pasted = Date()
            try session.paste("AI Essentials")
            // The observable is the draft on disk, not a sleep. Its latency is taken from the file's own
            // time, so a test run slowed by other suites does not count against the program.
            try await world.waitForDraft(containing: "AI Essentials")
            let written = try #require(world.draftModified(containing: "AI Essentials"))
            let latency = written.timeIntervalSince(pasted)
            #expect(latency < 1, "a draft is written within a second of the last key")

            let pid = try await session.pid()
            kill(pid, SIGKILL)
            let killed = clock.now
            #expect(try await session.exitCode() == 128 + SIGKILL)
            session.close()

            let again = try world.start()
            defer { again.close() }
            let dialog = try await again.waitFor("Drafts and recent files")
            #expect(dialog.contains("Kill Nine"), "\(dialog)")
            #expect(dialog.contains("1 credential"))
            try again.send("Enter")
            let resumed = try await again.waitUntil("the resumed document") { $0.contains("AI Essentials") && $0.contains("Kill Nine Person") }
            let recovery = clock.now - killed
            #expect(resumed.contains("not saved to a file"), "a resumed draft is not taken for a saved file")
            // The microcredential's fields, as typed.
            try again.send("Escape")
            try await again.waitFor("Up/Down choose a credential")
            try again.send("Down", "Enter")
            let micro = try await again.waitFor("Microcredential 1 of 1")
            #expect(micro.contains("Skill Test Provider") && micro.contains("AI Essentials"), "\(micro)")
            print("measured: draft on disk \(Int(latency * 1000)) ms after the last paste; " +
                  "kill -9 to the resumed screen \(Self.milliseconds(recovery)) ms (restart included)")
        }

        @Test func killNineWhileTypingWithoutAPauseLosesAtMostTheLastSecond() async throws {
            let world = try ComposerWorld()
            let session = try world.start()
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
            let clock = ContinuousClock()
            let start = clock.now
            // When each letter was on screen: the program had it (sent is not enough on a busy machine).
            var sent: [ContinuousClock.Instant] = []
            var text = ""
            while clock.now - start < .milliseconds(2500) {
                let character = alphabet[sent.count % alphabet.count]
                try session.type(String(character))
                text.append(character)
                let tail = String(text.suffix(12))
                try await session.waitUntil("\(tail) at the end of the name") { screen in
                    guard let line = screen.split(separator: "\n").first(where: { $0.contains("││›Full name") }) else { return false }
                    return line.dropLast().trimmingCharacters(in: .whitespaces).hasSuffix(tail)
                }
                sent.append(clock.now)
            }
            let pid = try await session.pid()
            let killed = clock.now
            kill(pid, SIGKILL)
            #expect(try await session.exitCode() == 128 + SIGKILL)
            session.close()

            let drafts = world.draftTexts()
            #expect(drafts.count == 1)
            let draft = try #require(drafts.first.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
            let payload = draft["payload"] as? [String: Any]
            let holder = (payload?["digital_identity"] as? [String: Any])?["fields"] as? [String: Any]
            let recovered = holder?["full_name"] as? String ?? ""
            let mustHave = sent.filter { killed - $0 > .seconds(1) }.count
            #expect(text.hasPrefix(recovered), "the draft holds what was typed, in order")
            #expect(recovered.count >= mustHave, "typed \(text.count), \(mustHave) more than a second before the kill; the draft holds \(recovered.count)")
            print("measured: typed \(text.count) characters in 2.5 s without a pause; the draft held \(recovered.count) " +
                  "(\(text.count - recovered.count) lost, \(mustHave) were typed more than a second before kill -9)")

            let again = try world.start()
            defer { again.close() }
            try await again.waitFor("Drafts and recent files")
            try again.send("Enter")
            try await again.waitFor(String(recovered.prefix(12)))
        }

        @Test func aCorruptDraftFoundAtStartIsMovedAsideAndSaidOnScreen() async throws {
            let world = try ComposerWorld()
            try FileManager.default.createDirectory(at: world.drafts, withIntermediateDirectories: true)
            let broken = Data("{\"format\": \"seekpass-composer-draft\", \"kind\": ".utf8)
            try broken.write(to: world.drafts.appendingPathComponent("draft-broken.json"))
            let session = try world.start()
            defer { session.close() }
            // The dialog is drawn over a few frames; wait for the whole of it.
            let screen = try await session.waitUntil("the notice of the corrupt draft") {
                $0.contains("Before you start") && $0.contains("could not be read") && $0.contains("moved to")
            }
            #expect(screen.contains("could not be read"), "\(screen)")
            let names = world.draftNames()
            #expect(!names.contains("draft-broken.json"))
            let aside = try #require(names.first { $0.hasPrefix("draft-broken.json.corrupt-") }, "\(names)")
            #expect(FileManager.default.contents(atPath: world.drafts.appendingPathComponent(aside).path) == broken,
                    "moved aside whole, never deleted")
            try session.send("Enter")
            try await session.waitUntil("the dialog to close") { !$0.contains("Before you start") && $0.contains("Holder (digital identity)") }
        }
    }
}
