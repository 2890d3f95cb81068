import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// Upload recovery and refusals, over loopback.
@Suite struct UploadFaultTests {
    @Test func aDroppedConnectionIsRetriedAndTheFileArrivesWhole() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        var faults = SandboxFaults()
        faults.dropNextUploads = 1
        await h.sandbox.setFaults(faults)
        let bytes = SampleFiles.pdf(size: 3_000_000)

        let (_, results, events) = try await h.submitAndUpload(Seeds.smallBatch(id: "D-1", assets: [("D-1-a", .pdf)]),
                                                               files: ["D-1-a": (bytes, .pdf)])

        let result = try #require(results.first)
        #expect(result.arrived)
        #expect(result.attempts == 2)
        #expect(events.contains { if case .retrying(1, _, _) = $0.change { true } else { false } })
        let upload = try #require(await h.sandbox.request("D-1")?.assets.first?.upload)
        #expect(upload.sha256 == SampleFiles.sha256Hex(bytes))
        #expect(await h.sandbox.calls()["upload"] == 2)
    }

    @Test func anExpiredLinkFailsWithoutSendingAndSaysSo() async throws {
        var options = SandboxOptions()
        options.faults.expiredUploadURLs = true
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }

        let (_, results, events) = try await h.submitAndUpload(Seeds.smallBatch(id: "E-1", assets: [("E-1-a", .pdf)]),
                                                               files: ["E-1-a": (SampleFiles.pdf(), .pdf)])

        let failure = try #require(results.first?.failure)
        #expect(failure.urlExpired && !failure.retryable)
        #expect(events.map(\.change) == [.failed(failure)])
        #expect(await h.sandbox.calls()["upload"] == nil)
    }

    @Test func expiredNextExpiresOneSubmissionsLinksThenTheSameRequestGetsFreshOnes() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let set = try await RawHTTP.send("POST", h.sandbox.baseURL + "/_sandbox/faults", headers: ["Content-Type": "application/json"], body: Array(#"{"expired_next": 1}"#.utf8))
        #expect(set.status == 200 && set.text.contains("\"expired_next\": 1"), "\(set.text)")
        let batch = Seeds.smallBatch(id: "N-1", assets: [("N-1-a", .pdf)])
        let bytes = SampleFiles.pdf()
        let (_, first, _) = try await h.submitAndUpload(batch, files: ["N-1-a": (bytes, .pdf)])
        #expect(first.first?.failure?.urlExpired == true)
        #expect(await h.sandbox.faults().expireNextSubmissions == 0, "used up")
        let (_, second, _) = try await h.submitAndUpload(batch, files: ["N-1-a": (bytes, .pdf)])
        #expect(second.first?.arrived == true)
        #expect(await h.sandbox.requests().count == 1, "the same request")
        #expect(await h.sandbox.request("N-1")?.assets.first?.upload?.sha256 == SampleFiles.sha256Hex(bytes))
    }

    @Test func theStoreRefusesALinkPastItsExpiry() async throws {
        let clock = ManualClock(start: Date())
        var options = SandboxOptions()
        options.now = { clock.now }
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }
        let response = try await h.client.submit(Seeds.smallBatch(id: "X-1", assets: [("X-1-a", .pdf)]), as: .batch)
        let url = try #require(response.assetUploads?.first?.url)
        clock.advance(by: TimeInterval(ModelRules.standard.uploadLinkLifetime + 1))

        let answer = try await RawHTTP.send("PUT", url, headers: ["Content-Type": "application/pdf"], body: SampleFiles.pdf())
        #expect(answer.status == 403)
        #expect(answer.text.contains("Request has expired"))

        // The client, whose clock has not moved, learns it from the store's answer.
        let path = try h.folder.write("x.pdf", SampleFiles.pdf())
        let run = h.client.upload([UploadJob(file: AssetFile(assetID: "X-1-a", path: path, type: .pdf), url: url)])
        let failure = try #require(await run.results().first?.failure)
        #expect(failure.urlExpired)
        #expect(await h.sandbox.request("X-1")?.assets.first?.upload == nil)
    }

    @Test func anotherContentTypeThanTheLinksIsRefusedAndNotRetried() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let response = try await h.client.submit(Seeds.smallBatch(id: "CT-1", assets: [("CT-1-a", .png)]), as: .batch)
        let url = try #require(response.assetUploads?.first?.url)
        let path = try h.folder.write("really.pdf", SampleFiles.pdf(size: 30_000_000))

        let run = h.client.upload([UploadJob(file: AssetFile(assetID: "CT-1-a", path: path, type: .pdf), url: url)])
        let result = try #require(await run.results().first)

        #expect(result.attempts == 1)
        let failure = try #require(result.failure)
        #expect(!failure.retryable && failure.reason.contains("another type"))
        #expect(await h.sandbox.request("CT-1")?.assets.first?.upload == nil)
    }

    @Test func aLinkIsSingleUseAndOneFileCanBeRetriedAlone() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        var faults = SandboxFaults()
        faults.dropUploadRate = 1
        await h.sandbox.setFaults(faults)
        let files: [String: ([UInt8], AssetType)] = ["S-1-a": (SampleFiles.pdf(), .pdf), "S-1-b": (SampleFiles.png(), .png)]
        let (response, results, _) = try await h.submitAndUpload(
            Seeds.smallBatch(id: "S-1", assets: [("S-1-a", .pdf), ("S-1-b", .png)]), files: files)
        #expect(results.allSatisfy { !$0.arrived && $0.failure?.retryable == true })

        await h.sandbox.setFaults(SandboxFaults())
        let retry = try #require(results.first { $0.assetID == "S-1-b" })
        let again = await h.client.upload([retry.job]).results()
        #expect(again.first?.arrived == true)
        let record = try #require(await h.sandbox.request("S-1"))
        #expect(record.assets.first { $0.assetID == "S-1-b" }?.upload?.sha256 == SampleFiles.sha256Hex(files["S-1-b"]!.0))
        #expect(record.assets.first { $0.assetID == "S-1-a" }?.upload == nil)

        let url = try #require(response.assetUploads?.first { $0.assetID == "S-1-b" }?.url)
        let reuse = try await RawHTTP.send("PUT", url, headers: ["Content-Type": "image/png"], body: SampleFiles.png())
        #expect(reuse.status == 403 && reuse.text.contains("already used"))
    }

    @Test func progressIsThrottledButReachesTheEnd() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let bytes = SampleFiles.pdf(size: 8_000_000)
        let (_, results, events) = try await h.submitAndUpload(Seeds.smallBatch(id: "P-1", assets: [("P-1-a", .pdf)]),
                                                               files: ["P-1-a": (bytes, .pdf)])
        #expect(results.first?.arrived == true)
        let progress = events.compactMap { event -> Int64? in
            if case .progress(let sent, _) = event.change { return sent }
            return nil
        }
        // One event per chunk at most (8 MB in 256 KiB chunks is 31), and fewer when chunks come
        // faster than the interval; the start and the end are always reported.
        let chunks = (bytes.count + UploadBuffering.chunkSize - 1) / UploadBuffering.chunkSize
        #expect(progress.count <= chunks + 2)
        #expect(progress.last == Int64(bytes.count))
        #expect(progress == progress.sorted())
    }

    @Test func aFileThatChangesSizeBeforeItsUploadIsRefused() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let response = try await h.client.submit(Seeds.smallBatch(id: "F-1", assets: [("F-1-a", .pdf)]), as: .batch)
        let path = try h.folder.write("f.pdf", SampleFiles.pdf(size: 1000))
        let checked = AssetPreflight().check(AssetFile(assetID: "F-1-a", path: path, type: .pdf))
        try h.folder.write("f.pdf", SampleFiles.pdf(size: 2000))
        let job = UploadJob(file: AssetFile(assetID: "F-1-a", path: path, type: .pdf, size: checked.size),
                            url: try #require(response.assetUploads?.first?.url))

        let failure = try #require(await h.client.upload([job]).results().first?.failure)
        #expect(failure.reason.contains("changed"))
        #expect(!failure.retryable)
    }

    @Test func concurrencyIsBounded() async throws {
        var options = SandboxOptions()
        options.faults.slowStoreKiBPerSecond = 2048
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }
        let ids = (1...6).map { "K-1-\($0)" }
        var files: [String: ([UInt8], AssetType)] = [:]
        for id in ids { files[id] = (SampleFiles.pdf(size: 200_000), .pdf) }
        let response = try await h.client.submit(Seeds.smallBatch(id: "K-1", assets: ids.map { ($0, .pdf) }), as: .batch)
        var jobs: [UploadJob] = []
        for upload in response.assetUploads ?? [] {
            let path = try h.folder.write(upload.assetID + ".pdf", files[upload.assetID]!.0)
            jobs.append(UploadJob(file: AssetFile(assetID: upload.assetID, path: path, type: .pdf), url: upload.url))
        }
        let run = h.client.upload(jobs, options: UploadOptions(concurrency: 2))
        var active = Set<String>()
        var peak = 0
        for await event in run.events {
            switch event.change {
            case .started: active.insert(event.assetID)
            case .finished, .failed: active.remove(event.assetID)
            default: break
            }
            peak = max(peak, active.count)
        }
        #expect(await run.results().allSatisfy { $0.arrived })
        #expect(peak == 2)
    }
}
