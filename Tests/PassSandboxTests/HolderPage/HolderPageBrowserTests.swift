import ComposerKit
import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// The holder's page in a real browser: headless Chromium renders the page
/// of requests sent the way the composer and `submit` send them.
@Suite(.serialized, .enabled(if: Chromium.isAvailable, Comment(rawValue: Chromium.missing)))
struct HolderPageBrowserTests {
    @Test func thePageOfARequestSentThroughTheComposersSubmissionPathShowsEveryCredentialAndEveryFilesState() async throws {
        try await HolderWorld.run { world in
            let batch = try HolderSamples.batch()
            let files = HolderSamples.files(for: batch)
            let ids = AssetDeclaration.all(in: batch, as: .batch).map(\.assetID)
            #expect(ids.count == 4)
            // Two files arrive; the third is dropped on every attempt; the fourth is never sent.
            let first = try await world.submit(batch, files: files, only: [ids[0], ids[1]])
            #expect(first.results.allSatisfy { $0.arrived })
            var faults = await world.sandbox.faults()
            faults.dropUploadRate = 1
            await world.sandbox.setFaults(faults)
            let second = try await world.submit(batch, files: files, only: [ids[2]])
            #expect(second.results.map(\.arrived) == [false])
            faults.dropUploadRate = 0
            await world.sandbox.setFaults(faults)

            let redirect = try #require(first.response?.redirectURI)
            #expect(second.response?.redirectURI == redirect)
            // The redirect URI as the holder opens it: the request id is in the fragment.
            let dom = RenderedDOM(html: try await Chromium.dumpDOM(redirect))
            #expect(dom.attribute("data-view", ofTagWith: "id=\"main\"") == "offer", "the script read the fragment and opened the request")
            let text = dom.text
            for value in HolderSamples.mainValues {
                #expect(text.contains(value), "the page shows \(value)")
            }
            #expect(text.contains("Add 10 credentials to your wallet"))
            #expect(text.contains("2 of 4 files arrived, 1 failed"))
            let expected: [(String, String)] = [(ids[0], "arrived"), (ids[1], "arrived"), (ids[2], "failed"), (ids[3], "waiting")]
            for (id, state) in expected {
                #expect(dom.attribute("data-state", ofTagWith: "data-asset=\"\(id)\"") == state, "\(id) is \(state)")
            }
            for id in ids[0...1] {
                let sha = SampleFiles.sha256Hex(try #require(files[id]))
                #expect(text.contains("SHA-256 \(sha.prefix(12))"), "\(id) shows its SHA-256 prefix")
            }
            #expect(text.contains("Failed: the connection closed before the whole file arrived"))
            #expect(text.contains("Waiting for the partner to upload it"))
            #expect(text.contains("Sandbox stand-in, not SEEK Pass"), "the title says it is a stand-in")
            #expect(text.contains("This is not SEEK Pass"))

            // Each arrived file opens from its link, as the type it was uploaded as.
            let record = try #require(await world.sandbox.request(redirect.fragmentContent ?? ""))
            for id in ids[0...1] {
                let href = "/_sandbox/holder/\(record.requestID)/files/\(id)"
                #expect(dom.html.contains("href=\"\(href)\""), "the page links \(id)")
                let file = try await RawHTTP.send("GET", world.sandbox.baseURL + href)
                #expect(file.status == 200)
                #expect(file.body == files[id])
                let type = file.headers.first { $0.0.lowercased() == "content-type" }?.1
                #expect(type == record.assets.first { $0.assetID == id }?.declaredType.contentType)
                #expect(file.headers.contains { $0.0.lowercased() == "x-content-type-options" && $0.1 == "nosniff" })
            }
        }
    }

    @Test func thePageOfARequestSentWithTheSubmitCommandShowsEveryCredentialAndFile() async throws {
        try await HolderWorld.run { world in
            let batch = try HolderSamples.batch()
            let payload = try world.home.write("batch.json", JSONWriter.bytes(batch))
            var arguments = [CommandTests.binary, "submit", payload, "--sandbox-url", world.sandbox.baseURL]
            let files = HolderSamples.files(for: batch)
            for declaration in AssetDeclaration.all(in: batch, as: .batch) {
                let path = try world.home.write(declaration.assetID + "." + declaration.type.rawValue, try #require(files[declaration.assetID]))
                arguments += ["--asset", "\(declaration.assetID)=\(path)"]
            }
            var env = world.environment
            env["SEEK_PASS_CLIENT_ID"] = world.sandbox.clientID
            env["SEEK_PASS_CLIENT_SECRET"] = world.sandbox.clientSecret.reveal()
            let submit = try await Spawn.start(arguments, environment: env).ended()
            #expect(submit.status == 0, "\(submit.stderr)")
            let redirect = try #require(submit.output.split(separator: "\n").last.map(String.init))
            #expect(redirect.contains("/partner/add/batch#"))

            let dom = RenderedDOM(html: try await Chromium.dumpDOM(redirect))
            #expect(dom.attribute("data-view", ofTagWith: "id=\"main\"") == "offer")
            let text = dom.text
            for value in HolderSamples.mainValues {
                #expect(text.contains(value), "the page shows \(value)")
            }
            #expect(text.contains("All 4 files arrived"))
            for (id, bytes) in files {
                #expect(dom.attribute("data-state", ofTagWith: "data-asset=\"\(id)\"") == "arrived", "\(id) arrived")
                #expect(text.contains("SHA-256 \(SampleFiles.sha256Hex(bytes).prefix(12))"))
            }
            // The history `submit` wrote sees the request as incomplete until the holder acts.
            let verdict = try await world.historyVerdict(of: try #require(batch["credential_id"]?.stringValue))
            guard case .incomplete? = verdict else {
                Issue.record("the history says \(String(describing: verdict))")
                return
            }
        }
    }

    @Test func aHolderNameWrittenAsHTMLShowsAsTextAndCreatesNoElement() async throws {
        try await HolderWorld.run { world in
            let name = "<img src=x onerror=alert(1)>"
            let batch = try HolderSamples.batch(holder: name)
            let outcome = try await world.submit(batch, files: [:])
            let redirect = try #require(outcome.response?.redirectURI)
            let dom = RenderedDOM(html: try await Chromium.dumpDOM(redirect))
            #expect(dom.attribute("data-view", ofTagWith: "id=\"main\"") == "offer")
            #expect(!dom.html.lowercased().contains("<img"), "no img element was made")
            #expect(dom.html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(dom.leafText(ofTagWith: "class=\"holder-name\"") == name)
            #expect(dom.text.contains("Add 10 credentials to your wallet"))
        }
    }
}
