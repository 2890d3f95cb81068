import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// After a whole session — open, attach files, submit, export, copy as curl,
    /// save, quit — neither the client secret nor any access token nor a
    /// presigned link's signature is in a draft, a log, the history, an exported
    /// file or on any screen.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    struct SecretsEndToEndTests {
        @Test func noSecretIsLeftAnywhereAfterAFullSession() async throws {
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-secrets-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: home) }
            let environment = ["XDG_STATE_HOME": home.appendingPathComponent("state").path,
                               "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
            let binary = TmuxSession.quote(TmuxSession.binary)

            // A sandbox in its own process; its demo secret is what must not leak.
            let sandbox = try TmuxSession(command: "\(binary) sandbox --port 0", environment: environment)
            defer { sandbox.close() }
            let sessionFile = home.appendingPathComponent("state/seekpass-composer/sandbox-session.json").path
            let session = try await waitForJSON(sessionFile)
            let url = try #require(session["url"] as? String ?? session["base_url"] as? String, "\(session)")
            let secret = try #require(session["client_secret"] as? String)
            #expect(secret.count >= 16)

            // The files of a session.
            let work = home.appendingPathComponent("work")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try Data("%PDF-1.4\n% certificate\n".utf8).write(to: work.appendingPathComponent("cert.pdf"))
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).write(to: work.appendingPathComponent("photo.png"))
            let sample = TmuxSession.packageRoot.appendingPathComponent("Tests/PassCoreTests/Fixtures/batch-full.json")
            try FileManager.default.copyItem(at: sample, to: work.appendingPathComponent("batch.json"))

            var screens: [String] = []
            let composer = try TmuxSession(
                command: "sh -c " + TmuxSession.quote("cd \(TmuxSession.quote(work.path)) && exec \(binary) --sandbox-url \(TmuxSession.quote(url)) batch.json"),
                width: 120, height: 40, environment: environment)
            defer { composer.close() }
            screens.append(try await composer.waitFor("Credentials"))
            // The seed batch declares PDF, PDF, PNG, PDF assets in document order.
            for file in ["cert.pdf", "cert.pdf", "photo.png", "cert.pdf"] {
                try composer.send("F4")
                screens.append(try await composer.waitFor("Path *"))
                try composer.paste(work.appendingPathComponent(file).path)
            }
            screens.append(try await composer.waitFor("ready to send"))
            try composer.send("F10")
            screens.append(try await composer.waitFor("What will be sent"))
            try composer.send("Enter")
            screens.append(try await composer.waitFor("Hand this link"))
            // The draft as it stands now (saving the file later removes it).
            let drafts = home.appendingPathComponent("state/seekpass-composer/drafts")
            var draftNames: [String] = []
            for _ in 0..<100 where !draftNames.contains(where: { $0.hasPrefix("draft-") }) {
                draftNames = (try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(draftNames.contains { $0.hasPrefix("draft-") }, "a draft was written: \(draftNames)")
            var draftTexts: [(String, String)] = []
            for name in draftNames {
                if let data = FileManager.default.contents(atPath: drafts.appendingPathComponent(name).path) {
                    draftTexts.append(("drafts/" + name, String(decoding: data, as: UTF8.self)))
                }
            }
            try composer.send("Escape")
            screens.append(try await composer.waitFor("Credentials"))
            try composer.send("C-p")
            try composer.paste("curl")
            try composer.send("Enter")
            screens.append(try await composer.waitFor("Write the body for curl"))
            try composer.send("Enter")
            screens.append(try await composer.waitFor("Authorization: Bearer $ACCESS_TOKEN"))
            try composer.send("Enter")
            try composer.send("F2")
            screens.append(try await composer.waitFor("Saved"))
            try composer.send("C-q")
            #expect(try await composer.exitCode() == 0)

            // Every file the session wrote, but the sandbox's own session file (which holds the secret by design, mode 0600).
            var scanned: [(String, String)] = screens.enumerated().map { ("screen \($0.offset)", $0.element) } + draftTexts
            let enumerator = FileManager.default.enumerator(atPath: home.path)
            while let relative = enumerator?.nextObject() as? String {
                let path = home.appendingPathComponent(relative).path
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    path != sessionFile, let data = FileManager.default.contents(atPath: path)
                else { continue }
                scanned.append((relative, String(decoding: data, as: UTF8.self)))
            }
            let names = scanned.map(\.0)
            #expect(names.contains { $0.hasSuffix("history.jsonl") }, "the history was written: \(names)")
            #expect(names.contains { $0.contains("logs/") }, "a log was written: \(names)")
            #expect(names.contains { $0.hasSuffix("request-body.json") }, "the curl body was written: \(names)")
            let jwt = try Regex(#"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\."#)
            for (name, text) in scanned {
                #expect(!text.contains(secret), "the client secret is in \(name)")
                #expect(text.firstMatch(of: jwt) == nil, "an access token is in \(name)")
                #expect(!text.contains("X-Amz-Signature="), "a presigned link's signature is in \(name)")
                #expect(!text.contains("Bearer ey"), "an Authorization header is in \(name)")
            }
        }

        private func waitForJSON(_ path: String) async throws -> [String: Any] {
            let deadline = ContinuousClock.now.advanced(by: .seconds(20))
            while ContinuousClock.now < deadline {
                if let data = FileManager.default.contents(atPath: path),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                {
                    return object
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            throw TmuxSession.Timeout(waitingFor: "the sandbox's session file", screen: "")
        }
    }
}
