import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// The journal stays bounded: rewritten with the last state of each kept
/// request when it grows far past them, and at start.
@Suite struct JournalBoundTests {
    @Test func theJournalIsCompactedToTheRequestsKept() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var options = SandboxOptions()
        options.journalPath = folder.path + "/journal.jsonl"
        options.maximumRequests = 5
        let h = try await Harness.start(options: options)
        // The same request again and again: one line per submission, one request kept.
        for _ in 0..<60 { _ = try await h.client.submit(Seeds.smallBatch(id: "JB-1", assets: []), as: .batch) }
        let lines = { (try? String(contentsOfFile: options.journalPath ?? "", encoding: .utf8))?.split(separator: "\n").count ?? 0 }
        #expect(lines() <= 8 * 5 + 1, "\(lines()) lines for one request")
        await h.stop()
        let again = try await SandboxServer.start(options: options)
        defer { Task { await again.stop() } }
        #expect(lines() == 1)
        #expect(await again.request("JB-1") != nil)
    }
}
