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
            let command = try CommandBars()
            defer { command.close() }
            let submit = try await command.start()
            defer { submit.close() }
            let names = command.names
            let url = command.url
            #expect(names.count == 4)

            // While the files upload: every bar names its file, in one column, with rate and time left.
            let uploading = try await CommandBars.moving(submit)
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
            let done = try await submit.waitFor("READY")
            #expect(try await submit.exitCode() == 0, "\(done)")
            #expect(done.contains("attempt 1 failed"), "the failed attempt stays visible\n\(done)")
            #expect(done.components(separatedBy: "arrived").count - 1 >= 4, "\(done)")
            let joined = done.replacingOccurrences(of: "\n", with: "")
            #expect(joined.contains(url + "/partner/add/batch#clientId="), "\(done)")
        }
    }
}
