import Foundation
import PassCore
import TestSupport
import Testing

extension EndToEnd {
    /// `seekpass-composer submit` on a terminal of 80 columns, four files, a slow store
    /// (256 KiB/s) that drops one upload halfway: the bars name their files in aligned
    /// columns and show rate and time left; the failed attempt stays on screen.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct SubmitCommandEndToEndTests {
        @Test func barsNameTheirFilesAlignAndShowRateAndTimeLeftAt80Columns() async throws {
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-bars-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: home) }
            let environment = ["XDG_STATE_HOME": home.appendingPathComponent("state").path,
                               "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                               "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                               "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
            let binary = TmuxSession.quote(TmuxSession.binary)
            let sandbox = try TmuxSession(command: "\(binary) sandbox --port 0 --fault slow-store=256 --fault drop-next-uploads=1",
                                          environment: environment)
            defer { sandbox.close() }
            let url = try await sandboxURL(home.appendingPathComponent("state/seekpass-composer/sandbox-session.json").path)

            // The seed batch and a file of 3 MB for each of its four assets (12 s each at 256 KiB/s).
            let work = home.appendingPathComponent("work")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let sample = TmuxSession.packageRoot.appendingPathComponent("Tests/PassSandboxTests/Fixtures/batch-full.json")
            let batch = try JSONParser.parse(Array(try Data(contentsOf: sample)))
            try Data(JSONWriter.bytes(batch)).write(to: work.appendingPathComponent("batch.json"))
            var arguments: [String] = []
            var names: [String] = []
            for (i, declaration) in AssetDeclaration.all(in: batch, as: .batch).enumerated() {
                let name = ["bsc-transcript", "ai-essentials", "ai-advanced-badge", "licence"][i % 4] + "." + declaration.type.rawValue
                let head: [UInt8] = declaration.type == .png ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] : Array("%PDF-1.7\n".utf8)
                try Data(head + (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: work.appendingPathComponent(name))
                arguments += ["--asset", TmuxSession.quote("\(declaration.assetID)=\(name)")]
                names.append(name)
            }
            #expect(names.count == 4)
            let command = "cd \(TmuxSession.quote(work.path)) && exec \(binary) submit batch.json \(arguments.joined(separator: " ")) --sandbox-url \(TmuxSession.quote(url))"
            let submit = try TmuxSession(command: "sh -c " + TmuxSession.quote(command), width: 80, height: 24, environment: environment)
            defer { submit.close() }

            // While the files upload: every bar names its file, in one column, with rate and time left.
            let uploading = try await submit.waitUntil("rate and time left on every moving bar", timeout: .seconds(60)) { screen in
                let bars = screen.split(separator: "\n").filter { $0.contains("░") }
                return bars.count >= 2 && bars.allSatisfy { $0.contains("kB/s") && $0.contains(/\d:\d\d/) }
            }
            DemoScreens.save("submit-command-80x24.txt", uploading)
            let lines = uploading.split(separator: "\n").map(String.init)
            let bars = lines.filter { $0.contains("█") || $0.contains("░") }
            #expect(bars.count == 4, "\(uploading)")
            #expect(bars.allSatisfy { $0.contains("%") }, "nothing but bars holds bar blocks\n\(uploading)")
            for name in names { #expect(bars.contains { $0.hasPrefix(name) }, "\(name) names its bar\n\(uploading)") }
            #expect(!uploading.contains("3601f8ae-9181"), "never the prefix every asset id shares\n\(uploading)")
            let columns = Set(bars.map { bar in bar.firstIndex { $0 == "█" || $0 == "░" }.map { bar.distance(from: bar.startIndex, to: $0) } ?? -1 })
            #expect(columns.count == 1, "the bars start in one column\n\(uploading)")
            for bar in bars { #expect(bar.count <= 79, "a bar never reaches the last column: \(bar)") }

            // The end: every file arrived, the dropped attempt is still on screen, the link is last.
            let done = try await submit.waitFor("READY", timeout: .seconds(120))
            #expect(try await submit.exitCode() == 0, "\(done)")
            #expect(done.contains("attempt 1 failed"), "the failed attempt stays visible\n\(done)")
            #expect(done.components(separatedBy: "arrived").count - 1 >= 4, "\(done)")
            let joined = done.replacingOccurrences(of: "\n", with: "")
            #expect(joined.contains(url + "/partner/add/batch#clientId="), "\(done)")
        }

        private func sandboxURL(_ path: String) async throws -> String {
            let deadline = ContinuousClock.now.advanced(by: .seconds(20))
            while ContinuousClock.now < deadline {
                if let data = FileManager.default.contents(atPath: path),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let url = object["url"] as? String ?? object["base_url"] as? String
                {
                    return url
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            throw TmuxSession.Timeout(waitingFor: "the sandbox's session file", screen: "")
        }
    }
}
