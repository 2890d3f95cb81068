import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// The sandbox's JSON-lines journal keeps requests across runs.
@Suite struct JournalTests {
    @Test func requestsUploadsAndStatusesSurviveARestart() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var options = SandboxOptions()
        options.journalPath = folder.path + "/journal.jsonl"
        options.uploadsDirectory = folder.path + "/uploads"
        let h = try await Harness.start(options: options)
        let bytes = SampleFiles.png()
        _ = try await h.submitAndUpload(Seeds.smallBatch(id: "J-1", assets: [("J-1-a", .png)]), files: ["J-1-a": (bytes, .png)])
        #expect(await h.sandbox.accept("J-1"))
        let before = try #require(await h.sandbox.request("J-1"))
        await h.stop()

        let again = try await SandboxServer.start(options: options)
        defer { Task { await again.stop() } }
        let after = try #require(await again.request("J-1"))
        #expect(after.requestID == before.requestID)
        #expect(after.assets.first?.upload?.sha256 == SampleFiles.sha256Hex(bytes))
        #expect(await again.status(of: "J-1-micro-1")?.status == .verified)
        let stored = try #require(after.assets.first?.upload?.storedAt)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: stored))) == bytes)
        #expect(after.body == nil)  // bodies are not journaled
    }
}
