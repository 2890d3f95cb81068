import Foundation
import Logging
import PassCore
import PassSandbox
import TestSupport
import Testing

/// Submissions and uploads over real loopback HTTP against the sandbox.
@Suite struct SubmitUploadTests {
    @Test func seedBatchWithPDFAndPNGArrivesIntact() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let batch = try Seeds.batch()
        let declarations = AssetDeclaration.all(in: batch, as: .batch)
        #expect(declarations.map(\.type).contains(.png) && declarations.map(\.type).contains(.pdf))
        var files: [String: ([UInt8], AssetType)] = [:]
        for d in declarations { files[d.assetID] = (d.type == .png ? SampleFiles.png() : SampleFiles.pdf(), d.type) }

        let (response, results, events) = try await h.submitAndUpload(batch, files: files)

        #expect(response.redirectURI.contains("/partner/add/batch#clientId="))
        #expect(results.count == declarations.count)
        #expect(results.allSatisfy { $0.arrived })
        let id = try #require(batch["credential_id"]?.stringValue)
        let record = try #require(await h.sandbox.request(id))
        #expect(response.redirectURI.hasSuffix("content=" + record.requestID))
        for asset in record.assets {
            let sent = try #require(files[asset.assetID])
            let upload = try #require(asset.upload)
            #expect(upload.sha256 == SampleFiles.sha256Hex(sent.0))
            #expect(upload.size == Int64(sent.0.count))
            #expect(upload.contentType == sent.1.contentType)
            #expect(results.first { $0.assetID == asset.assetID }?.sha256 == upload.sha256)
        }
        for d in declarations {
            let mine = events.filter { $0.assetID == d.assetID }.map(\.change)
            #expect(mine.first == .started(total: Int64(files[d.assetID]?.0.count ?? 0)))
            if case .finished = mine.last {} else { Issue.record("no finished event for \(d.assetID): \(mine)") }
        }
    }
}
