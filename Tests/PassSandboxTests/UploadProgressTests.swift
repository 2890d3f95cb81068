import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// An upload's progress follows the bytes the connection has written: on a
/// slow store it never runs more than about 1 MiB ahead of what the store
/// has received (no megabytes vanishing into buffers while the bar sits still).
@Suite struct UploadProgressTests {
    @Test func progressStaysWithinAMebibyteOfWhatASlowStoreHasReceived() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        var faults = SandboxFaults()
        faults.slowStoreKiBPerSecond = 256
        await h.sandbox.setFaults(faults)
        let bytes = SampleFiles.pdf(size: 30_000_000)
        let path = try h.folder.write("large.pdf", bytes)
        let response = try await h.client.submit(Seeds.smallBatch(id: "SLOW-1", assets: [("SLOW-1-a", .pdf)]), as: .batch)
        let file = AssetFile(assetID: "SLOW-1-a", path: path, type: .pdf, size: Int64(bytes.count))
        let plan = UploadJob.plan(files: [file], uploads: response.assetUploads ?? [])
        let run = h.client.upload(plan.jobs)
        // The whole 30 MB takes two minutes at 256 KiB/s: the long variant waits for it,
        // the everyday one watches the first seconds, where buffers would show most.
        let whole = ProcessInfo.processInfo.environment["SEEKPASS_SLOW_TESTS"] == "1"
        let watchUntil = ContinuousClock.now + (whole ? .seconds(600) : .seconds(8))
        var reported: [Int64] = []
        var worstLead: Int64 = 0
        for await event in run.events {
            guard case .progress(let sent, _) = event.change else { continue }
            let received = h.sandbox.bytesReceived(ofAsset: "SLOW-1-a") ?? 0
            worstLead = max(worstLead, sent - received)
            if ProcessInfo.processInfo.environment["SEEKPASS_TRACE_UPLOAD"] == "1" { print("sent \(sent) received \(received)") }
            reported.append(sent)
            if !whole, ContinuousClock.now >= watchUntil {
                run.cancel()
                break
            }
        }
        let results = await run.results()
        #expect(worstLead <= (3 << 20) / 2, "progress ran \(ByteCount.text(Int(worstLead))) ahead of the store")
        // The bar moves all along (a step every second or two, as the store takes the bytes),
        // past the first megabyte.
        #expect(Set(reported.filter { $0 > 0 }).count >= 4, "\(reported)")
        #expect((reported.last ?? 0) >= 1 << 20, "\(reported)")
        #expect(reported == reported.sorted())
        if whole { #expect(results.first?.arrived == true) }
    }
}
