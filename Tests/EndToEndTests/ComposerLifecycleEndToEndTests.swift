import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// The composer under a resize storm and signals: it keeps working and
    /// always gives the terminal back.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct ComposerLifecycleEndToEndTests {
        func composer(_ home: URL) throws -> TmuxSession {
            try TmuxSession(command: "\(TmuxSession.quote(TmuxSession.binary)) --new batch",
                            environment: ["XDG_STATE_HOME": home.appendingPathComponent("state").path,
                                          "XDG_CONFIG_HOME": home.appendingPathComponent("config").path])
        }

        func temporaryHome() throws -> URL {
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-life-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            return home
        }

        @Test func rapidResizesDownToTwentyByFiveKeepItWorking() async throws {
            let home = try temporaryHome()
            defer { try? FileManager.default.removeItem(at: home) }
            let session = try composer(home)
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            let sizes = [(20, 5), (160, 48), (40, 10), (80, 24), (61, 16), (59, 15), (120, 40), (30, 8)]
            for round in 0..<4 {
                for (width, height) in sizes {
                    try session.resize(width: width + round, height: height)
                }
            }
            try session.resize(width: 100, height: 30)
            try await session.waitFor("Holder (digital identity)")
            try session.paste("Still Here")
            try await session.waitFor("Still Here")
            try session.send("C-q")
            try await session.waitFor("Keep as draft")
            // Keep as draft: the name typed stays for next time.
            try session.send("Right", "Enter")
            #expect(try await session.exitCode() == 0)
            #expect(isSane(try await session.sttyAfterExit()))
            #expect(session.format("#{alternate_on}") == "0")
        }

        @Test(arguments: [SIGTERM, SIGHUP])
        func aSignalRestoresTheTerminalAndTheDraftKeepsTheWork(signal: Int32) async throws {
            let home = try temporaryHome()
            defer { try? FileManager.default.removeItem(at: home) }
            let session = try composer(home)
            defer { session.close() }
            try await session.waitFor("Holder (digital identity)")
            try session.paste("Signal Person")
            try await session.waitFor("Signal Person")
            // The draft holds the name within a second.
            let drafts = home.appendingPathComponent("state/seekpass-composer/drafts")
            let deadline = ContinuousClock.now.advanced(by: .seconds(5))
            var saved = false
            while ContinuousClock.now < deadline, !saved {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []
                saved = names.contains { name in
                    name.hasSuffix(".json") && (FileManager.default.contents(atPath: drafts.appendingPathComponent(name).path)
                        .map { String(decoding: $0, as: UTF8.self).contains("Signal Person") } ?? false)
                }
                if !saved { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(saved, "the draft holds what was typed")
            kill(try await session.pid(), signal)
            #expect(try await session.exitCode() == 128 + signal)
            try await session.waitFor("READY")
            #expect(isSane(try await session.sttyAfterExit()))
            #expect(session.format("#{alternate_on}") == "0")
        }
    }
}
