import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing
@testable import TerminalUI

/// The submit screen in each of its states, fed with the events a submission
/// would post; no network, no clock but the test's.
@Suite struct SubmitScreenTests {
    static let secret = "SECRET-SIGNATURE"

    /// Where a file's bar starts (its label row), not the summary's mention of it.
    func bar(_ name: String, in screen: ScreenBuffer) -> Point? {
        let lines = screen.lines
        guard let y = lines.firstIndex(where: { $0.contains("  \(name)  P") || $0.contains("› \(name)  P") }) else { return nil }
        return Point(x: 0, y: y)
    }

    func expectNoSecret(_ screen: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!screen.text.contains(Self.secret), "an upload link's query is on screen", sourceLocation: sourceLocation)
        #expect(!screen.text.contains("X-Amz"), sourceLocation: sourceLocation)
    }

    @Test func readyShowsWhatWillBeSentAndWhere() throws {
        var driver = SubmitDriver(try SubmitFixture.composer())
        driver.key(.f(10))
        let screen = driver.screen
        #expect(screen.line(0).contains("Submit · \(SubmitFixture.id)"))
        #expect(screen.find("What will be sent") != nil)
        #expect(screen.find("To       \(SubmitFixture.sandboxURL)") != nil, "\(screen.text)")
        #expect(screen.find(SubmitFixture.id) != nil)
        #expect(screen.find("2 Microcredentials") != nil || screen.find("2 Microcredential") != nil, "\(screen.text)")
        #expect(screen.find("certificate.pdf (PDF, 2.4 MB)") != nil, "\(screen.text)")
        #expect(screen.find("badge.png (PNG") != nil)
        #expect(screen.find("write.microcredential") != nil)
        #expect(screen.find("Ready: Enter sends") != nil)
        let box = try #require(screen.find("What will be sent"))
        let ready = try #require(screen.find("Ready: Enter sends"))
        #expect(ready.y - box.y <= 2 + 6 + 1, "the summary box is as tall as its rows")
        #expect(screen.line(39).contains("Enter Send"))
        expectNoSecret(screen)
    }

    @Test func authenticatingAndSendingNameTheStepUnderWay() throws {
        var driver = try SubmitDriver.sending()
        var screen = driver.screen
        #expect(screen.find("Getting a token for the scopes this request needs") != nil, "\(screen.text)")
        let steps = try #require(screen.find("Authenticating"))
        #expect(screen.line(steps.y).contains("○ Sending"))
        #expect(driver.program.tickInterval == .milliseconds(100), "the spinner and bars animate while running")
        driver.flow(.sending)
        screen = driver.screen
        #expect(screen.find("Sending the request body") != nil)
        #expect(screen.line(steps.y).contains("✓ Authenticating"))
        #expect(screen.find("Esc Stop") != nil)
    }

    @Test func uploadingShowsPartialBarsWithRateAndTimeLeft() throws {
        var driver = try SubmitDriver.accepted()
        let big = SubmitFixture.files[0]
        driver.clock.now = 1
        driver.upload(big.assetID, .started(total: Int64(big.size)))
        driver.upload(big.assetID, .progress(sent: 0, total: Int64(big.size)))
        driver.clock.now = 2
        driver.upload(big.assetID, .progress(sent: 600_000, total: Int64(big.size)))
        driver.clock.now = 3
        driver.upload(big.assetID, .progress(sent: 1_200_000, total: Int64(big.size)))
        let screen = driver.screen
        let row = try #require(bar("certificate.pdf", in: screen))
        #expect(screen.line(row.y).contains("1.2 MB of 2.4 MB · 600 kB/s · 0:02 left"), "\(screen.text)")
        #expect(screen.line(row.y + 1).contains(" 50%"), "\(screen.text)")
        #expect(screen.find("badge.png") != nil && screen.find("waiting") != nil)
        let all = try #require(screen.find("All files"))
        #expect(screen.line(all.y).contains("1.2 MB of 3.2 MB · 600 kB/s"), "\(screen.text)")
        #expect(screen.find("Uploading 3 files") != nil)
        #expect(screen.find("Uploading each file straight from disk") != nil)
        expectNoSecret(screen)
    }

    @Test func aRetryIsShownWhileItWaitsAndWhileTheNextAttemptRuns() throws {
        var driver = try SubmitDriver.accepted()
        let file = SubmitFixture.files[2]
        driver.upload(file.assetID, .started(total: Int64(file.size)))
        driver.upload(file.assetID, .progress(sent: 320_000, total: Int64(file.size)))
        driver.upload(file.assetID, .retrying(attempt: 1, reason: "the server closed the connection", delay: .milliseconds(400)))
        var screen = driver.screen
        var row = try #require(bar("transcript.pdf", in: screen))
        #expect(screen.line(row.y).contains("attempt 1 failed (the server closed the connection); retrying in 0.4 s"), "\(screen.text)")
        #expect(screen.line(row.y + 1).contains("  0%"), "the bar falls back")
        driver.clock.now = 1
        driver.upload(file.assetID, .progress(sent: 0, total: Int64(file.size)))
        driver.clock.now = 2
        driver.upload(file.assetID, .progress(sent: 256_000, total: Int64(file.size)))
        screen = driver.screen
        row = try #require(bar("transcript.pdf", in: screen))
        #expect(screen.line(row.y).contains("retrying: attempt 2 · 256 kB of 640 kB"), "\(screen.text)")
        driver.upload(file.assetID, .finished(sha256: "ab"))
        screen = driver.screen
        row = try #require(bar("transcript.pdf", in: screen))
        #expect(screen.line(row.y).contains("✓ arrived · 640 kB · on attempt 2"), "\(screen.text)")
    }

    @Test func doneShowsTheRedirectURIWholeAndItsQRCode() throws {
        var driver = try SubmitDriver.done()
        let screen = driver.screen
        #expect(driver.program.tickInterval == nil, "nothing animates once it is done")
        #expect(screen.find("Hand this link to the holder:") != nil)
        #expect(linkRows(in: screen) == [SubmitFixture.redirectURI], "whole on a row of its own\n\(screen.text)")
        #expect(screen.find("Scan to accept") != nil, "\(screen.text)")
        let qrLines = screen.lines.filter { $0.contains("█▀") || $0.contains("▀█") || $0.contains("▄█") }
        #expect(qrLines.count >= 20, "half-block rows of the code")
        #expect(screen.find("✓ Done") != nil)
        #expect(screen.find("100%") != nil)
        #expect(screen.line(39).contains("C Copy link") && screen.line(39).contains("O Open"))
        #expect(screen.find("Sent \(SubmitFixture.id)") != nil || screen.find("Everything arrived") != nil)
        expectNoSecret(screen)
        driver.key(.char("c"))
        #expect(driver.commands.contains { if case .copyToClipboard(SubmitFixture.redirectURI) = $0 { true } else { false } })
        #expect(driver.screen.find("Copied the redirect URI") != nil)
    }

    @Test func theQRCodeFitsAHundredByThirtyWithASmallerQuietZone() throws {
        let driver = try SubmitDriver.done(size: Size(width: 100, height: 30))
        let screen = driver.screen
        #expect(screen.find("Scan to accept") != nil, "\(screen.text)")
        #expect(screen.find("Hand this link to the holder:") != nil)
        for line in screen.lines { #expect(TextLayout.width(line) <= 100) }
        // The link under the code: whole, from the first column, cut only at the edge.
        let rows = linkRows(in: screen)
        #expect(rows.joined() == SubmitFixture.redirectURI, "\(screen.text)")
        #expect(rows.dropLast().allSatisfy { $0.count == 100 }, "\(rows)")
    }

    @Test func aTerminalTooSmallForTheQRCodeSaysSoAndKeepsTheLink() throws {
        let driver = try SubmitDriver.done(size: Size(width: 80, height: 24))
        let screen = driver.screen
        #expect(screen.find("Scan to accept") == nil)
        #expect(screen.find("The QR code needs a terminal of") != nil, "\(screen.text)")
        #expect(screen.find("C copies the link instead") != nil, "\(screen.text)")
        #expect(screen.find("Hand this link to the holder:") != nil)
        let rows = linkRows(in: screen)
        #expect(rows.joined() == SubmitFixture.redirectURI, "never broken at its & or /\n\(screen.text)")
        #expect(rows.dropLast().allSatisfy { $0.count == 80 }, "\(rows)")
    }

    @Test func incompleteNamesTheFailedFileAndTheWaysOn() throws {
        var driver = try SubmitDriver.accepted()
        let files = SubmitFixture.files
        for file in files.dropLast() {
            driver.upload(file.assetID, .started(total: Int64(file.size)))
            driver.upload(file.assetID, .finished(sha256: "ab"))
        }
        let failed = files[2]
        driver.upload(failed.assetID, .started(total: Int64(failed.size)))
        driver.upload(failed.assetID, .failed(UploadFailure(reason: "the server closed the connection", retryable: true)))
        driver.flow(.finished(SubmissionFlow.Outcome(response: SubmitFixture.response)))
        let screen = driver.screen
        let row = try #require(bar("transcript.pdf", in: screen))
        #expect(screen.line(row.y).contains("✗ the server closed the connection · R retries it alone"), "\(screen.text)")
        let hints = screen.line(39)
        #expect(hints.contains("R Retry file") && hints.contains("F Replace file") && hints.contains("S Submit again"), "\(hints)")
        #expect(screen.find("1 file did not arrive") != nil, "\(screen.text)")
        #expect(screen.find("⚠ Upload") != nil, "the steps line marks the uploads")
        expectNoSecret(screen)

        // The pointer is on the failed file; R sends it alone again.
        #expect(driver.model?.selected?.assetID == failed.assetID)
        #expect(screen.line(row.y).contains("› transcript.pdf"))
        driver.key(.char("r"))
        #expect(driver.commands.contains { if case .run(id: "retry-" + failed.assetID, _) = $0 { true } else { false } })
        #expect(driver.model?.state.phase == .uploading)
    }

    @Test func onANarrowTerminalAFailedFileKeepsItsNameAndNoQRCodeIsOfferedForAnIncompleteRequest() throws {
        let size = Size(width: 80, height: 24)
        var driver = try SubmitDriver.accepted(size: size)
        let expired = UploadFailure(reason: "the upload link has expired", retryable: false, urlExpired: true)
        for file in SubmitFixture.files { driver.upload(file.assetID, .failed(expired)) }
        driver.flow(.finished(SubmissionFlow.Outcome(response: SubmitFixture.response)))
        let screen = driver.screen
        for name in ["certificate.pdf", "badge.png", "transcript.pdf"] {
            #expect(bar(name, in: screen) != nil, "\(name) is named on its bar\n\(screen.text)")
        }
        #expect(screen.find("Scan to accept") == nil && screen.find("The QR code needs") == nil)
        #expect(screen.find("3 files did not arrive: their upload links expired") != nil, "\(screen.text)")
        #expect(screen.find("Hand this link to the holder:") == nil, "not yet: its files are missing")
        #expect(screen.find("The holder's link (give it once every file has arrived)") != nil)
        for line in screen.lines { #expect(TextLayout.width(line) <= 80) }
    }

    @Test func aFailedFileCanBeReplacedAndSentAlone() throws {
        var driver = try SubmitDriver.accepted()
        let failed = SubmitFixture.files[2]
        for file in SubmitFixture.files.dropLast() { driver.upload(file.assetID, .finished(sha256: "ab")) }
        driver.upload(failed.assetID, .failed(UploadFailure(reason: "the server closed the connection", retryable: true)))
        driver.flow(.finished(SubmissionFlow.Outcome(response: SubmitFixture.response)))
        driver.key(.char("f"))
        var screen = driver.screen
        #expect(screen.find("Replace transcript.pdf with") != nil, "\(screen.text)")
        #expect(screen.find("/work/transcript.pdf") != nil, "the prompt starts from the file it replaces")
        driver.key(.ctrl("u"))
        _ = driver.program.update(.paste("/work/certificate.pdf"))
        driver.key(.enter)
        screen = driver.screen
        #expect(screen.find("Not replaced:") == nil)
        #expect(driver.commands.contains { if case .run(id: "retry-" + failed.assetID, _) = $0 { true } else { false } })
        #expect(driver.program.state.document.assetFiles[failed.assetID] == "/work/certificate.pdf")
        #expect(driver.model?.files[failed.assetID]?.path == "/work/certificate.pdf")
    }

    @Test func anExpiredLinkSaysSoAndSubmittingAgainKeepsWhatArrived() throws {
        var driver = try SubmitDriver.accepted()
        let expired = UploadFailure(reason: "the upload link has expired", retryable: false, urlExpired: true)
        driver.upload(SubmitFixture.files[0].assetID, .finished(sha256: "ab"))
        for file in SubmitFixture.files.dropFirst() { driver.upload(file.assetID, .failed(expired)) }
        driver.flow(.finished(SubmissionFlow.Outcome(response: SubmitFixture.response)))
        var screen = driver.screen
        #expect(screen.find("link expired: S submits again for new links") != nil, "\(screen.text)")
        driver.key(.char("r"))
        #expect(driver.screen.find("has expired; press S to submit again") != nil, "\(driver.screen.text)")
        driver.key(.char("s"))
        #expect(driver.commands.contains { if case .run(id: "submission", _) = $0 { true } else { false } })
        #expect(driver.model?.state.keptAssetIDs == [SubmitFixture.files[0].assetID])
        driver.flow(.sending)
        driver.flow(.accepted(SubmitFixture.response, jobs: Array(SubmitFixture.jobs.dropFirst()), problems: []))
        screen = driver.screen
        let row = try #require(bar("certificate.pdf", in: screen))
        #expect(screen.line(row.y).contains("✓ arrived"), "the file that arrived is not sent again\n\(screen.text)")
    }

    @Test func aRefusedRequestShowsTheServersFindingsAndPutsThemOnTheFields() throws {
        var driver = try SubmitDriver.sending()
        let path = JSONPath.root.appending("microcredential_items").appending(0).appending("fields").appending("issuer_name")
        let finding = Finding(.error, .required, at: path, "issuer_name is not a known issuer")
        driver.flow(.sending)
        driver.flow(.finished(SubmissionFlow.Outcome(error: .rejected(status: 400, findings: [finding]))))
        var screen = driver.screen
        #expect(screen.find("✗ Failed") != nil)
        #expect(screen.find("Not sent: the server refused the request (HTTP 400)") != nil, "\(screen.text)")
        #expect(screen.find("$.microcredential_items[0].fields.issuer_name: issuer_name is not a known issuer") != nil, "\(screen.text)")
        #expect(screen.find("The server refused 1 field") != nil)
        #expect(screen.line(39).contains("Enter Try again"))
        let before = driver.program.state.document
        driver.key(.escape)
        #expect(driver.program.isComposing)
        #expect(driver.program.state.document == before, "the document is untouched")
        #expect(driver.program.state.findings(at: path).contains { $0.message.contains("(the server said)") })
        // F4 lands on the field the server named.
        driver.key(.f(4))
        screen = driver.screen
        #expect(screen.find("issuer_name is not a known issuer (the server said)") != nil, "\(screen.text)")
        // The next edit clears what the server said.
        driver.key(.char("x"))
        #expect(driver.program.state.serverFindings.isEmpty)
    }

    @Test func aNetworkFailureLeavesTheDocumentAndOffersToTryAgain() throws {
        var driver = try SubmitDriver.sending()
        let before = driver.program.state.document
        driver.flow(.sending)
        driver.flow(.finished(SubmissionFlow.Outcome(error: .remote(attempts: 4, lastCause: "connection refused"))))
        let screen = driver.screen
        #expect(screen.find("no answer from the server after 4 attempts: connection refused") != nil, "\(screen.text)")
        #expect(screen.line(39).contains("Enter Try again"))
        #expect(driver.program.state.document == before)
        driver.key(.enter)
        #expect(driver.model?.state.phase == .authenticating)
    }

    @Test func sendingToProductionAsksFirst() throws {
        let size = Size(width: 120, height: 40)
        var driver = SubmitDriver(try SubmitFixture.composer(endpoints: [SubmitFixture.production]), size: size)
        driver.key(.f(10))
        #expect(driver.screen.find("PRODUCTION") != nil)
        driver.key(.enter)
        let screen = driver.screen
        #expect(screen.find("Send to production?") != nil, "\(screen.text)")
        #expect(screen.find("https://api.example.com reaches real holders") != nil, "\(screen.text)")
        #expect(driver.commands.isEmpty, "nothing is sent before the answer")
        driver.key(.escape)
        #expect(driver.model?.state.phase == .ready)
        #expect(driver.screen.find("Send to production?") == nil)
    }

    @Test func leavingOrQuittingWhileFilesUploadAsksFirst() throws {
        var driver = try SubmitDriver.accepted()
        #expect(driver.program.unsavedWorkQuestion?.contains("Files are still uploading") == true)
        driver.key(.escape)
        #expect(driver.screen.find("Stop the upload?") != nil)
        driver.key(.escape)
        #expect(driver.model != nil, "Stay keeps the screen")
        driver.key(.ctrl("q"))
        #expect(driver.commands.contains { if case .requestQuit = $0 { true } else { false } })
    }

    @Test func openingTheLinkUsesTheBrowserOrSaysThereIsNone() throws {
        let opened = OpenedURLs()
        let size = Size(width: 120, height: 40)
        var driver = SubmitDriver(try SubmitFixture.composer(opened: opened), size: size)
        driver.key(.f(10))
        driver.key(.enter)
        driver.flow(.accepted(SubmitFixture.response, jobs: [], problems: []))
        driver.flow(.finished(SubmissionFlow.Outcome(response: SubmitFixture.response)))
        driver.key(.char("o"))
        #expect(opened.urls == [SubmitFixture.redirectURI])
        #expect(driver.screen.find("Opened the redirect URI") != nil)
    }

    @Test func aRetriedAPICallIsNamedWhileTheClientWaits() throws {
        var driver = try SubmitDriver.sending()
        driver.flow(.retrying(RetryNotice(attempt: 1, maxAttempts: 4, cause: "token endpoint: HTTP 503", delay: .seconds(1))))
        var screen = driver.screen
        #expect(screen.find("Attempt 1 of 4 failed (token endpoint: HTTP 503); trying again in 1.0 s.") != nil, "\(screen.text)")
        driver.flow(.sending)
        screen = driver.screen
        #expect(screen.find("Sending the request body") != nil)
        #expect(screen.find("Attempt 1 of 4") == nil)
    }

    @Test func quittingDuringTheUploadRecordsWhatArrived() throws {
        let temporary = try TemporaryDirectory("seekpass-quit")
        let folder = temporary.path
        let history = SubmissionHistory(path: folder + "/history.jsonl")
        var driver = try SubmitDriver.accepted(history: history)
        let files = SubmitFixture.files
        driver.upload(files[1].assetID, .started(total: Int64(files[1].size)))
        driver.upload(files[1].assetID, .finished(sha256: "cafe"))
        driver.upload(files[0].assetID, .started(total: Int64(files[0].size)))
        driver.upload(files[0].assetID, .progress(sent: 1000, total: Int64(files[0].size)))
        driver.program.willQuit()
        let entries = history.read().entries
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry.id == SubmitFixture.id)
        #expect(entry.redirectURI == SubmitFixture.redirectURI)
        let outcomes = Dictionary(uniqueKeysWithValues: entry.files.map { ($0.assetID, $0) })
        #expect(outcomes.mapValues(\.arrived) == [files[0].assetID: false, files[1].assetID: true, files[2].assetID: false])
        #expect(outcomes[files[1].assetID]?.sha256 == "cafe")
        let line = try String(contentsOfFile: history.path, encoding: .utf8)
        #expect(!line.contains(Self.secret) && !line.contains("X-Amz"), "no upload link in the history")
        // Nothing running: nothing recorded.
        var done = try SubmitDriver.done(size: Size(width: 120, height: 40))
        done.program.willQuit()
    }

    @Test func manyFilesScrollSoTheChosenOneStaysInView() throws {
        var driver = try SubmitDriver.accepted(size: Size(width: 60, height: 16))
        var screen = driver.screen
        #expect(screen.find("Uploads 1–1 of 3") != nil, "\(screen.text)")
        driver.key(.down)
        driver.key(.down)
        screen = driver.screen
        #expect(screen.find("› badge.png") != nil, "\(screen.text)")
        #expect(screen.find("Uploads 3–3 of 3") != nil, "\(screen.text)")
    }

    @Test func messagesOfAnAbandonedRunAreIgnored() throws {
        var driver = try SubmitDriver.accepted()
        let old = driver.run
        driver.flow(.finished(SubmissionFlow.Outcome(error: .remote(attempts: 1, lastCause: "x"))))
        driver.key(.enter)
        _ = driver.program.update(.message(.submit(.flow(run: old, .finished(SubmissionFlow.Outcome(error: .cancelled))))))
        #expect(driver.model?.state.phase == .authenticating)
    }
}
