import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// What a submission flow tells its display while it recovers, and that stopping it stops its uploads.
struct FlowEventTests {
    func events(of flow: SubmissionFlow, _ value: JSONValue, files: [AssetFile] = []) async -> [SubmissionFlow.Event] {
        var seen: [SubmissionFlow.Event] = []
        let body = CanonicalJSON.standard.body(value, as: .batch)
        for await event in flow.run(kind: .batch, value: value, body: body, files: files) { seen.append(event) }
        return seen
    }

    @Test func aRetriedAPICallIsAnnouncedBeforeTheWait() async throws {
        var options = SandboxOptions()
        options.faults.failNext = 2
        options.faults.retryAfterSeconds = 1
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }
        let seen = await events(of: SubmissionFlow(client: h.client, history: nil), Seeds.smallBatch(id: "R-1", assets: []))
        let notices = seen.compactMap { event -> RetryNotice? in
            if case .retrying(let notice) = event { notice } else { nil }
        }
        #expect(notices.map(\.attempt) == [1, 2])
        #expect(notices.allSatisfy { $0.cause.contains("503") && $0.delay == .seconds(1) && $0.maxAttempts == 4 }, "\(notices)")
        #expect(h.sleeper.waits == [.seconds(1), .seconds(1)])
        guard case .finished(let outcome)? = seen.last else { Issue.record("no outcome"); return }
        #expect(outcome.response != nil, "the third attempt is taken")
    }

    @Test func stoppingTheFlowStopsItsUploadsAndRecordsWhatArrived() async throws {
        var options = SandboxOptions()
        options.faults.slowStoreKiBPerSecond = 256
        let sandbox = try await SandboxServer(options: options).start()
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write("big.pdf", SampleFiles.pdf(size: 30_000_000))
        let history = SubmissionHistory(path: folder.path + "/history.jsonl")
        let flow = SubmissionFlow(client: PassClient(endpoint: try sandbox.endpoint()), history: history)
        let value = Seeds.smallBatch(id: "S-1", assets: [("S-1-a", .pdf)])
        let file = AssetFile(assetID: "S-1-a", path: path, type: .pdf, size: 30_000_009)
        let consumer = Task {
            for await event in flow.run(kind: .batch, value: value, body: CanonicalJSON.standard.body(value, as: .batch), files: [file]) {
                if case .upload(let upload) = event, case .progress(let sent, _) = upload.change, sent > 0 { return }
            }
        }
        await consumer.value
        // The consumer left after the first progress: the flow is stopped and says what arrived.
        try await Wait.until("the history entry") { !history.read().entries.isEmpty }
        let entry = try #require(history.read().entries.first)
        #expect(entry.files.map(\.arrived) == [false])
        #expect(await sandbox.request("S-1")?.assets.first?.upload == nil)
        await sandbox.stop()
    }
}
