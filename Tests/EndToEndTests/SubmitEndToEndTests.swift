import Foundation
import PassCore
import TestSupport
import Testing

extension EndToEnd {
    /// The "Add to SEEK Pass" demo in tmux against the sandbox inside the program:
    /// open the seed batch, attach files, submit, watch the uploads, check what
    /// the sandbox received byte for byte; then the same with faults.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct SubmitEndToEndTests {
        /// The one request of the seed batch the sandbox kept (there must be exactly one).
        func onlyRequest(_ session: SubmitSession, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
            let requests = try session.sandboxRequests()
            #expect(requests.count == 1, "one request, never a duplicate: \(requests.count)", sourceLocation: sourceLocation)
            let request = try #require(requests.first, sourceLocation: sourceLocation)
            #expect(request["id"] == .string(SubmitSession.requestID), sourceLocation: sourceLocation)
            return request
        }

        func expectEveryFileArrivedIntact(_ session: SubmitSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let (matching, problems) = session.verifiedUploads(of: try onlyRequest(session, sourceLocation: sourceLocation))
            #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
            #expect(matching == Set(session.attachments.map(\.assetID)), sourceLocation: sourceLocation)
        }

        @Test func submitUploadAndHandOverTheLinkThenRecoverFrom503s() async throws {
            let session = try SubmitSession()
            defer { session.close() }
            try await session.tmux.waitFor("4 files to choose")
            try await session.attachFiles()
            try session.tmux.send("F5")
            try await session.tmux.waitFor("exactly what is sent")
            try session.tmux.send("F5")
            let ready = try await session.openSubmitScreen()
            #expect(ready.contains("ai-essentials.pdf (PDF"))
            #expect(ready.contains("Ready: Enter sends"))
            try session.tmux.send("Enter")
            let done = try await session.tmux.waitUntil("every file to arrive") { $0.contains("✓ Done") && $0.contains("Sent 3601") }
            #expect(done.contains("100%"))
            #expect(done.components(separatedBy: "✓ arrived").count - 1 == 4, "\(done)")
            #expect(done.contains("Hand this link to the holder:"))
            #expect(done.contains("/partner/add/batch#"))
            #expect(done.contains("Scan to accept"))
            #expect(done.split(separator: "\n").filter { $0.contains("▀") || $0.contains("▄") }.count >= 20, "the QR block")
            #expect(!done.contains("X-Amz"), "no upload link on screen")
            try expectEveryFileArrivedIntact(session)
            // The holder's link names the sandbox's request.
            let request = try onlyRequest(session)
            let content = try #require(request["request_id"]?.stringValue)
            #expect(done.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "").contains("content=" + content.prefix(8)))
            // A smaller terminal keeps the code, with a smaller quiet zone.
            try session.tmux.resize(width: 100, height: 30)
            try await session.tmux.waitUntil("the 100x30 layout") { screen in
                session.tmux.format("#{pane_width}x#{pane_height}") == "100x30" && screen.contains("Scan to accept")
                    && screen.components(separatedBy: "\n").allSatisfy { $0.count <= 100 }
            }
            try session.tmux.resize(width: 120, height: 40)
            try await session.tmux.waitUntil("the 120x40 layout") { screen in
                session.tmux.format("#{pane_width}x#{pane_height}") == "120x40" && screen.contains("Scan to accept")
                    && screen.components(separatedBy: "\n").contains { $0.count > 100 }
            }

            // 503s: the next two API calls fail; the client says so, waits and succeeds.
            try session.tmux.send("Escape")
            try await session.tmux.waitUntil("the composer") { !$0.contains("What will be sent") }
            try session.tmux.send("F12")
            try await session.tmux.waitFor("Slow answers")
            try session.tmux.send("Escape")
            try await session.switchOnFaults(["fail-next"])
            try await session.openSubmitScreen()
            try session.tmux.send("Enter")
            let waiting = try await session.tmux.waitFor("trying again in")
            #expect(waiting.contains("HTTP 503"), "\(waiting)")
            try await session.tmux.waitUntil("the submission to recover") { $0.contains("✓ Done") && $0.contains("Sent 3601") }
            try expectEveryFileArrivedIntact(session)
            // Quitting once everything arrived asks nothing: the payload is as its file has it, and the
            // files chosen are remembered beside it.
            try session.tmux.send("C-q")
            #expect(try await session.tmux.exitCode() == 0)
        }

        @Test func aDroppedUploadIsRetriedOnScreenAndArrives() async throws {
            // Every file large enough (about 400 kB at 256 KiB/s) that whichever is dropped is seen retrying.
            let session = try SubmitSession(pdfSize: 400_000, pngSide: 360)
            defer { session.close() }
            try await session.attachFiles()
            try await session.send(withFaults: ["drop-next-upload", "slow-store"])
            let retrying = try await session.tmux.waitUntil("the retry on screen") { $0.contains("retrying") }
            #expect(retrying.contains("attempt 1 failed") || retrying.contains("retrying: attempt 2"), "\(retrying)")
            // Quitting while files upload asks first; staying lets them finish.
            try session.tmux.send("C-q")
            let question = try await session.tmux.waitFor("Files are still uploading")
            try session.tmux.send("Escape")
            let done = try await session.tmux.waitUntil("every file to arrive") { $0.contains("✓ Done") && !$0.contains("Uploading each file") }
            #expect(done.components(separatedBy: "· on attempt 2").count - 1 == 1, "one file needed a second attempt\n\(done)")
            try expectEveryFileArrivedIntact(session)
        }

        @Test func anExpiredLinkIsRecoveredBySubmittingAgain() async throws {
            let session = try SubmitSession()
            defer { session.close() }
            try await session.attachFiles()
            try await session.send(withFaults: ["expired-next"])
            let expired = try await session.tmux.waitUntil("the links to expire") {
                $0.components(separatedBy: "link expired").count - 1 == 4
            }
            #expect(expired.contains("S Submit again"))
            let before = try onlyRequest(session)
            #expect(session.verifiedUploads(of: before).matching.isEmpty, "nothing arrived on expired links")
            try session.tmux.send("s")
            let done = try await session.tmux.waitUntil("every file to arrive") { $0.contains("✓ Done") && !$0.contains("Uploading each file") }
            #expect(done.contains("Scan to accept"))
            try expectEveryFileArrivedIntact(session)
            let after = try onlyRequest(session)
            #expect(after["request_id"] == before["request_id"], "the same request, new links")
        }
    }
}
