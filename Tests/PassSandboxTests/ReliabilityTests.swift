import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// Bad days for files and the sandbox: files that vanish or shrink while they
/// upload, and a flood of concurrent requests.
@Suite struct ReliabilityTests {
    @Test func aFileThatVanishesBeforeItsUploadFailsAndSaysSo() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let response = try await h.client.submit(Seeds.smallBatch(id: "V-1", assets: [("V-1-a", .pdf)]), as: .batch)
        let path = try h.folder.write("v.pdf", SampleFiles.pdf(size: 1000))
        let checked = AssetPreflight().check(AssetFile(assetID: "V-1-a", path: path, type: .pdf))
        #expect(checked.findings.isEmpty)
        try FileManager.default.removeItem(atPath: path)
        let job = UploadJob(file: AssetFile(assetID: "V-1-a", path: path, type: .pdf, size: checked.size),
                            url: try #require(response.assetUploads?.first?.url))
        let result = try #require(await h.client.upload([job]).results().first)
        let failure = try #require(result.failure)
        #expect(failure.reason.lowercased().contains("no such file"), "\(failure.reason)")
        let stored = await h.sandbox.requests().flatMap(\.assets).filter { $0.assetID == "V-1-a" }
        #expect(stored.allSatisfy { $0.upload == nil }, "nothing arrived for a file that is gone")
    }

    @Test func aFileCutShortWhileItUploadsDoesNotArriveAsComplete() async throws {
        var options = SandboxOptions()
        options.faults.slowStoreKiBPerSecond = 512
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }
        let response = try await h.client.submit(Seeds.smallBatch(id: "T-1", assets: [("T-1-a", .pdf)]), as: .batch)
        let bytes = SampleFiles.pdf(size: 24_000_000)
        let path = try h.folder.write("t.pdf", bytes)
        let job = UploadJob(file: AssetFile(assetID: "T-1-a", path: path, type: .pdf, size: Int64(bytes.count)),
                            url: try #require(response.assetUploads?.first?.url))
        let run = h.client.upload([job], options: UploadOptions(concurrency: 1, maxAttempts: 1))
        var truncated = false
        for await event in run.events {
            if case .progress(let sent, _) = event.change, sent > 0, !truncated {
                truncated = true
                let handle = try #require(FileHandle(forWritingAtPath: path))
                try handle.truncate(atOffset: 1000)
                try handle.close()
            }
        }
        let result = try #require(await run.results().first)
        #expect(truncated)
        #expect(!result.arrived, "a file cut short must not be reported as arrived")
        #expect(result.failure?.reason.contains("changed") == true, "\(String(describing: result.failure))")
        let stored = await h.sandbox.requests().flatMap(\.assets).filter { $0.assetID == "T-1-a" }
        #expect(stored.allSatisfy { $0.upload == nil || $0.upload?.size == Int64(bytes.count) },
                "the store keeps only complete files")
    }

    /// A bounded flood: every request answered, memory bounded.
    @Test func aFloodOfConcurrentRequestsIsAnsweredWithoutGrowth() async throws {
        let slow = ProcessInfo.processInfo.environment["SEEKPASS_SLOW_TESTS"] == "1"
        let total = slow ? 10_000 : 2000
        let width = 50
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        // Warm up so the baseline includes the server's own steady state.
        _ = try await h.client.submit(Seeds.smallBatch(id: "L-warm", assets: []), as: .batch)
        let before = try ResidentMemory.current()
        let client = h.client
        let failures = await withTaskGroup(of: Bool.self) { group -> Int in
            var next = 0
            var failures = 0
            func add() {
                let id = "L-\(next)"
                next += 1
                group.addTask {
                    do {
                        _ = try await client.submit(Seeds.smallBatch(id: id, assets: [(id + "-a", .pdf)]), as: .batch)
                        return true
                    } catch {
                        return false
                    }
                }
            }
            while next < min(width, total) { add() }
            while let ok = await group.next() {
                if !ok { failures += 1 }
                if next < total { add() }
            }
            return failures
        }
        let after = try ResidentMemory.current()
        #expect(failures == 0)
        // The store keeps the newest `maximumRequests`; older ones make room.
        #expect(await h.sandbox.requests().count == min(total + 1, h.sandbox.options.maximumRequests))
        // The store keeps one small record per request; 64 MiB is far above that.
        #expect(after - before < 64 << 20, "resident memory grew by \(ByteCount.text(after - before))")
    }
}
