import ComposerKit
import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing
@testable import TerminalUI

/// The composer's submit screen running as the program runs it (its own
/// thread, real time), against a sandbox on loopback.
@Suite(.serialized) struct SubmitFlowTests {
    static let id = Workspace.requestID

    func eventually(_ what: String, _ condition: () async -> Bool) async throws {
        try await Wait.until(what) { await condition() }
    }

    @Test func submittingTheSameBatchAgainCreatesNoDuplicateRequest() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let sandbox = try await SandboxServer.start()
        let run = LiveRun(try workspace.composer(try sandbox.endpoint()))
        run.terminal.press(.f(10))
        try run.terminal.waitFor("Ready: Enter sends")
        run.terminal.press(.enter)
        try run.terminal.waitFor("✓ Done")
        // S: the same request again (nothing to upload: every file arrived).
        run.terminal.press(.char("s"))
        try await eventually("the second submission") { await sandbox.calls()["submit"] == 2 }
        try run.terminal.waitFor("✓ Done")
        // Back, F10, Enter: a new screen, the same request id.
        run.terminal.press(.escape, .f(10))
        try run.terminal.waitFor("Ready: Enter sends")
        run.terminal.press(.enter)
        try await eventually("the third submission") { await sandbox.calls()["submit"] == 3 }
        try run.terminal.waitFor("✓ Done")
        _ = run.finish()
        let records = await sandbox.requests()
        #expect(records.count == 1, "one request for three submissions")
        #expect(records.first?.id == Self.id)
        #expect(records.first?.assets.allSatisfy { $0.upload != nil } == true)
        #expect(await sandbox.calls()["upload"] == 8, "the second submission sent no file again")
        await sandbox.stop()
    }

    @Test func refusedCredentialsLeaveTheDocumentAndRecordNothingAsSent() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let sandbox = try await SandboxServer.start()
        let wrong = try Endpoint(
            baseURL: sandbox.baseURL,
            authentication: .clientCredentials(.init(tokenURL: sandbox.baseURL + APIPaths.standard.token,
                                                     clientID: sandbox.clientID, clientSecret: Secret("not-the-secret"))),
            isSandbox: true)
        let program = try workspace.composer(wrong)
        let before = program.state.document
        let run = LiveRun(program)
        run.terminal.press(.f(10))
        try run.terminal.waitFor("Ready: Enter sends")
        run.terminal.press(.enter)
        let failed = try run.terminal.waitFor("Failed")
        #expect(failed.contains("not authorised"), "\(failed)")
        #expect(!failed.contains("not-the-secret"))
        run.terminal.press(.escape)
        try run.terminal.waitUntil("the composer") { !$0.contains("What will be sent") }
        // The payload is as its file has it (the files chosen are not in it): quitting asks
        // nothing, and the draft keeps the files chosen.
        run.terminal.press(.ctrl("q"))
        let result = try #require(run.waitForExit())
        #expect(result.outcome == .quit(exitCode: 0))
        #expect(result.program.state.document == before, "the document and its files are as they were")
        #expect(workspace.drafts.latest() == nil, "the file holds the payload: no draft")
        let remembered = workspace.memory.recall(LocalFileSystem().realPath(workspace.path + "/batch.json"))
        #expect(remembered.mapValues(\.path) == before.assetFiles, "the files chosen are remembered beside it")
        #expect(workspace.history.read().entries.isEmpty, "nothing was taken, so nothing is recorded as sent")
        #expect(await sandbox.requests().isEmpty)
        await sandbox.stop()
    }

    @Test func aDroppedConnectionLeavesTheDocumentTheHistorySaysWhatArrivedAndRRetriesIt() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var options = SandboxOptions()
        options.faults.dropNextUploads = 1
        let sandbox = try await SandboxServer.start(options: options)
        // One attempt, one file at a time: the first file's connection closes and is not retried.
        var endpoint = try sandbox.endpoint()
        endpoint.maxAttempts = 1
        endpoint.uploadConcurrency = 1
        let program = try workspace.composer(endpoint)
        let before = program.state.document
        let run = LiveRun(program)
        run.terminal.press(.f(10))
        try run.terminal.waitFor("Ready: Enter sends")
        run.terminal.press(.enter)
        let incomplete = try run.terminal.waitFor("1 file did not arrive")
        #expect(incomplete.contains("R retries it alone"), "\(incomplete)")
        let entries = workspace.history.read().entries
        #expect(entries.count == 1)
        let files = entries.first?.files ?? []
        #expect(files.count == 4 && files.filter(\.arrived).count == 3, "\(files)")
        // R on the file that did not arrive (the pointer is on it) sends it alone on its link.
        run.terminal.press(.char("r"))
        try run.terminal.waitFor("✓ Done")
        let result = try #require(run.finish())
        #expect(result.program.state.document == before)
        let latest = workspace.history.latest().entries
        #expect(latest.count == 1 && latest.first?.files.allSatisfy(\.arrived) == true, "\(latest)")
        #expect(await sandbox.requests().first?.assets.allSatisfy { $0.upload != nil } == true)
        await sandbox.stop()
    }

    @Test func theServersFindingsLandOnTheFieldsTheyNameUntilTheNextEdit() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issuer = JSONPath.root.appending("microcredential_items").appending(0).appending("fields").appending("issuer_name")
        let server = try await RefusingServer.start(path: issuer, message: "Skill Test Provider is not an issuer this partner may name")
        let endpoint = try Endpoint(baseURL: server.baseURL, authentication: .token(Secret("demo-token")), isSandbox: true)
        let program = try workspace.composer(endpoint)
        #expect(program.state.errorCount == 0, "the local rules allow the batch")
        let run = LiveRun(program)
        run.terminal.press(.f(10))
        try run.terminal.waitFor("Ready: Enter sends")
        run.terminal.press(.enter)
        let refused = try run.terminal.waitFor("The server refused 1 field")
        #expect(refused.contains("$.microcredential_items[0].fields.issuer_name: Skill Test Provider is not an issuer"), "\(refused)")
        run.terminal.press(.escape)
        try run.terminal.waitFor("1 error")
        run.terminal.press(.f(4))
        let field = try run.terminal.waitFor("is not an issuer this partner may name (the server said)")
        #expect(field.contains("Issuer"), "\(field)")
        run.terminal.press(.end, .char("s"))
        try run.terminal.waitUntil("the finding to go") { !$0.contains("(the server said)") && $0.contains("ready to send") }
        let result = try #require(run.finish())
        #expect(result.program.state.serverFindings.isEmpty)
        await server.stop()
    }

    /// How often frames come is measured in Benchmarks/ (docs/performance.md); here, what each frame sends.
    @Test func progressFramesChangeOnlyAFewCells() async throws {
        let workspace = try Workspace(sizes: ["micro-1-asset": 12_000_000])
        defer { workspace.remove() }
        var options = SandboxOptions()
        options.faults.slowStoreKiBPerSecond = 4096
        let sandbox = try await SandboxServer.start(options: options)
        let run = LiveRun(try workspace.composer(try sandbox.endpoint()))
        run.terminal.press(.f(10))
        try run.terminal.waitFor("Ready: Enter sends")
        run.terminal.press(.enter)
        try run.terminal.waitFor("✓ Done")
        _ = run.finish()
        await sandbox.stop()

        // The frames while files were uploading (the steps line shows the uploads under way).
        let uploading = run.terminal.recorded.filter { $0.text.contains("Uploading each file straight from disk") }
        func bar(_ text: String) -> Substring? {
            let lines = text.split(separator: "\n")
            guard let row = lines.firstIndex(where: { $0.contains("micro-1-asset.pdf") && $0.contains("PDF ") }) else { return nil }
            return lines[row] + (row + 1 < lines.count ? lines[row + 1] : "")
        }
        var barChanges = 0
        for (a, b) in zip(uploading, uploading.dropFirst()) where bar(a.text) != bar(b.text) { barChanges += 1 }
        #expect(barChanges >= 3, "the large file's bar moves while it uploads (\(barChanges) changes)")
        let cells = uploading.dropFirst().map(\.changedCells).sorted()
        let median: Int = try #require(cells.isEmpty ? nil : cells[cells.count / 2])
        #expect(median <= 120, "a frame sends only what changed")
        #expect((cells.last ?? 0) < 4800 / 4, "no frame redraws the screen")
    }

    @Test func leavingDuringTheUploadStopsItAndTheHistorySaysWhatArrived() async throws {
        let workspace = try Workspace(sizes: ["micro-1-asset": 3_000_000])
        defer { workspace.remove() }
        var options = SandboxOptions()
        options.faults.slowStoreKiBPerSecond = 512
        let sandbox = try await SandboxServer.start(options: options)
        let run = LiveRun(try workspace.composer(try sandbox.endpoint()))
        run.terminal.press(.f(10))
        try run.terminal.waitFor("Ready: Enter sends")
        run.terminal.press(.enter)
        try run.terminal.waitUntil("three small files to arrive") { $0.components(separatedBy: "✓ arrived").count - 1 == 3 }
        // Ctrl-C asks first; No keeps uploading.
        run.terminal.press(.ctrl("c"))
        try run.terminal.waitFor("Files are still uploading")
        run.terminal.press(.escape)
        try run.terminal.waitUntil("the question to close") { !$0.contains("Quit anyway?") }
        // Esc asks too; "Stop and go back" stops the upload.
        run.terminal.press(.escape)
        try run.terminal.waitFor("Stop the upload?")
        run.terminal.press(.left, .enter)
        try run.terminal.waitUntil("the composer") { !$0.contains("Uploads") }
        try await eventually("the history line") { !workspace.history.read().entries.isEmpty }
        let files = workspace.history.latest().entries.first?.files ?? []
        #expect(files.filter(\.arrived).count == 3, "\(files)")
        #expect(files.first { $0.assetID == Self.id + "-micro-1-asset" }?.arrived == false)
        _ = run.finish()
        await sandbox.stop()
    }
}
