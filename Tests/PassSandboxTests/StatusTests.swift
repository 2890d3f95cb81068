import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// Status tracking, over loopback: the holder page, expiry, batching of ids.
@Suite struct StatusTests {
    @Test func aSubmissionIsIncompleteUntilTheHolderAcceptsOnThePage() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let response = try await h.client.submit(Seeds.smallBatch(id: "H-1", assets: []), as: .batch)
        #expect(try await h.client.status(id: "H-1") == SubmissionStatus(id: "H-1", status: .incomplete, finalizedAt: nil))

        // The holder opens the redirect URI (the fragment stays in the browser) and presses Accept.
        let redirect = response.redirectURI
        let page = String(redirect[..<(redirect.firstIndex(of: "#") ?? redirect.endIndex)])
        let content = try #require(redirect.split(separator: "&").first { $0.hasPrefix("content=") }?.dropFirst("content=".count))
        let get = try await RawHTTP.send("GET", page)
        #expect(get.status == 200 && get.text.contains("data-view=\"opening\""))
        let offer = try await RawHTTP.send("GET", page + "?content=\(content)")
        #expect(offer.status == 200 && offer.text.contains("Accept") && offer.text.contains("method=\"post\""))
        let post = try await RawHTTP.send("POST", page, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                          body: Array("content=\(content)&decision=accept".utf8))
        #expect(post.status == 303)
        let location = post.headers.first { $0.0.lowercased() == "location" }?.1
        #expect(location == "/partner/add/batch?content=\(content)")

        let status = try await h.client.status(id: "H-1")
        #expect(status.status == .verified)
        let finalized = try #require(status.finalizedAt)
        #expect(ISO8601DateFormatter().date(from: finalized) != nil)
        // Item ids answer too.
        #expect(try await h.client.status(id: "H-1-micro-1").status == .verified)
    }

    @Test func theAdminAcceptEndpointVerifies() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        _ = try await h.client.submit(Seeds.smallBatch(id: "A-1", assets: []), as: .batch)
        let answer = try await RawHTTP.send("POST", h.sandbox.baseURL + "/_sandbox/requests/A-1/accept", headers: ["Content-Type": "application/json"])
        #expect(answer.status == 200)
        #expect(try await h.client.status(id: "A-1").status == .verified)
    }

    @Test func anUnfinishedRequestIsCanceledAfterTheExpiry() async throws {
        // Stands still but for advance: on a loaded machine more than the second left of the lifetime may pass between the calls.
        let clock = ManualClock(start: Date())
        var options = SandboxOptions()
        options.requestLifetime = .seconds(300)
        options.now = { clock.now }
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }
        _ = try await h.client.submit(Seeds.smallBatch(id: "K-1", assets: []), as: .batch)
        _ = try await h.client.submit(Seeds.smallBatch(id: "K-2", assets: []), as: .batch)
        #expect(await h.sandbox.accept("K-1"))
        #expect(try await h.client.status(id: "K-2").status == .incomplete)

        clock.advance(by: 299)
        #expect(try await h.client.status(id: "K-2").status == .incomplete)
        clock.advance(by: 2)
        let statuses = try await h.client.statuses(ids: ["K-1", "K-2"])
        #expect(statuses.map(\.status) == [.verified, .canceled])
        #expect(statuses.allSatisfy { $0.finalizedAt != nil })
        // Canceled when its lifetime ran out, not when it was asked.
        let received = try #require(await h.sandbox.request("K-2")?.receivedAt)
        let canceledAt = try #require(statuses.last?.finalizedAt.flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(abs(canceledAt.timeIntervalSince(received) - 300) < 1)
        #expect(!(await h.sandbox.accept("K-2")), "too late to accept")
    }

    @Test func sixtyFiveIdsAreAskedInThreeCalls() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        var ids: [String] = []
        for i in 1...65 {
            let id = RequestID.make(prefix: "ST")
            ids.append(id)
            _ = try await h.client.submit(Seeds.smallBatch(id: id, assets: []), as: .batch)
            if i % 2 == 0 { #expect(await h.sandbox.accept(id)) }
        }
        let statuses = try await h.client.statuses(ids: ids)
        #expect(await h.sandbox.calls()["statuses"] == 3)
        #expect(statuses.map(\.id) == ids)
        #expect(statuses.filter { $0.status == .verified }.count == 32)
    }

    @Test func anUnknownIdIsNotFound() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        await #expect {
            _ = try await h.client.status(id: "nope")
        } throws: { error in
            guard case ClientError.refused(404, _) = error else { return false }
            return true
        }
    }

    @Test func theSandboxListsWhatItReceived() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let bytes = SampleFiles.png()
        _ = try await h.submitAndUpload(Seeds.smallBatch(id: "L-1", assets: [("L-1-a", .png)]), files: ["L-1-a": (bytes, .png)])
        let answer = try await RawHTTP.send("GET", h.sandbox.baseURL + "/_sandbox/requests")
        let list = try #require(try JSONParser.parse(answer.body)["requests"]?.arrayValue)
        let upload = try #require(list.first?["uploads"]?.arrayValue?.first)
        #expect(upload["sha256"]?.stringValue == SampleFiles.sha256Hex(bytes))
        #expect(upload["content_type"]?.stringValue == "image/png")
        #expect(upload["size"] == .number(String(bytes.count)))
    }
}
