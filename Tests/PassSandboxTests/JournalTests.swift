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

    @Test func aDeclineAFailedUploadAndTheLinksOwnerSurviveARestart() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var options = SandboxOptions()
        options.journalPath = folder.path + "/journal.jsonl"
        options.uploadsDirectory = folder.path + "/uploads"
        options.faults.dropNextUploads = 20
        let h = try await Harness.start(options: options)
        let (response, results, _) = try await h.submitAndUpload(
            Seeds.smallBatch(id: "J-2", assets: [("J-2-a", .pdf)]), files: ["J-2-a": (SampleFiles.pdf(), .pdf)])
        #expect(results.map(\.arrived) == [false])
        let failure = try #require(await h.sandbox.request("J-2")?.assets.first?.failure)
        #expect(failure.reason == "the connection closed before the whole file arrived" && failure.attempts >= 1)
        let content = try #require(response.redirectURI.fragmentContent)
        let page = h.sandbox.baseURL + "/partner/add/batch"
        let post = try await RawHTTP.send("POST", page, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                          body: Array("content=\(content)&decision=decline".utf8))
        #expect(post.status == 303)
        let before = try #require(await h.sandbox.request("J-2"))
        #expect(before.declinedAt != nil && before.holderKey != nil)
        await h.stop()

        let again = try await SandboxServer.start(options: options)
        defer { Task { await again.stop() } }
        let after = try #require(await again.request("J-2"))
        #expect(after.declinedAt.map { Int($0.timeIntervalSince1970) } == before.declinedAt.map { Int($0.timeIntervalSince1970) })
        #expect(after.holderKey == before.holderKey)
        #expect(after.assets.first?.failure?.reason == failure.reason)
        #expect(await again.status(of: "J-2")?.status == .canceled)
        // The page says so after the restart too.
        let view = try await RawHTTP.send("GET", again.baseURL + "/partner/add/batch?content=\(content)")
        #expect(view.text.contains("This request was declined"))
    }
}
