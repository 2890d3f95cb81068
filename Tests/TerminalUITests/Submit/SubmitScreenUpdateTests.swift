import ComposerKit
import Foundation
import PassCore
import Testing
@testable import TerminalUI

/// The submit screen on its own: keys and messages in, its state and effects out, with no
/// client, no disk and no loop.
struct SubmitScreenUpdateTests {
    /// The screen F10 opens over the fixture's batch.
    static func screen(endpoints: [EndpointChoice] = [SubmitFixture.sandbox]) throws -> SubmitScreen {
        var driver = SubmitDriver(try SubmitFixture.composer(endpoints: endpoints))
        driver.key(.f(10))
        return try #require(driver.model, "the submit screen did not open")
    }

    static func order(_ effects: [SubmitEffect]) -> SubmissionOrder? {
        for case .start(let order) in effects { return order }
        return nil
    }

    static func notices(_ effects: [SubmitEffect]) -> [String] {
        effects.compactMap { if case .notify(let notice) = $0 { notice.text } else { nil } }
    }

    @Test func enterStartsTheNextRunWithEveryFile() throws {
        var screen = try Self.screen()
        let run = screen.run
        let order = try #require(Self.order(screen.handle(.key(.enter), now: 1)))
        #expect(order.run == run + 1 && screen.run == run + 1)
        #expect(order.files.map(\.assetID) == SubmitFixture.files.map(\.assetID).sorted())
        #expect(order.only == nil)
        #expect(order.endpoint == SubmitFixture.sandbox)
        #expect(screen.state.isRunning)
    }

    @Test func productionIsSentOnlyOnceConfirmed() throws {
        var screen = try Self.screen(endpoints: [SubmitFixture.production])
        #expect(Self.order(screen.handle(.key(.enter), now: 1)) == nil)
        guard case .confirmProduction = screen.dialog else {
            Issue.record("no question was asked")
            return
        }
        _ = screen.handle(.key(.left), now: 1)
        let effects = screen.handle(.key(.enter), now: 1)
        #expect(screen.dialog == nil)
        #expect(Self.order(effects)?.endpoint == SubmitFixture.production)
    }

    @Test func eventsOfAnotherRunChangeNothing() throws {
        var screen = try Self.screen()
        _ = screen.handle(.key(.enter), now: 1)
        let effects = screen.receive(.flow(run: screen.run - 1, .accepted(SubmitFixture.response, jobs: SubmitFixture.jobs,
                                                                          problems: [])), now: 2)
        #expect(effects.isEmpty)
        #expect(screen.state.response == nil && screen.qr == nil)
    }

    @Test func anAcceptedRequestKeepsItsDraftAndAFinishedOneIsAnnounced() throws {
        var screen = try Self.screen()
        _ = screen.handle(.key(.enter), now: 1)
        let run = screen.run
        let accepted = screen.receive(.flow(run: run, .accepted(SubmitFixture.response, jobs: SubmitFixture.jobs, problems: [])),
                                      now: 2)
        guard case .keepDraft? = accepted.first else {
            Issue.record("the draft is not kept: \(accepted)")
            return
        }
        #expect(screen.qr != nil)
        for file in SubmitFixture.files {
            _ = screen.receive(.flow(run: run, .upload(UploadEvent(assetID: file.assetID, change: .started(total: Int64(file.size))))),
                               now: 3)
            _ = screen.receive(.flow(run: run, .upload(UploadEvent(assetID: file.assetID, change: .finished(sha256: "ab")))), now: 4)
        }
        let finished = screen.receive(.flow(run: run, .finished(SubmissionFlow.Outcome(response: SubmitFixture.response))), now: 5)
        #expect(Self.notices(finished) == ["Sent \(screen.state.summary.requestID): give the holder the redirect URI (C copies it)."])
    }

    @Test func aRunThatCouldNotStartFailsWithItsReason() throws {
        var screen = try Self.screen()
        _ = screen.handle(.key(.enter), now: 1)
        #expect(screen.receive(.failed(run: screen.run, "no client"), now: 2).isEmpty)
        guard case .failed(let reason) = screen.state.phase else {
            Issue.record("the run did not fail: \(screen.state.phase)")
            return
        }
        #expect(reason.contains("no client"))
    }

    @Test func goingBackWhileFilesUploadAsksThenStopsEveryTransfer() throws {
        var screen = try Self.screen()
        _ = screen.handle(.key(.enter), now: 1)
        _ = screen.receive(.flow(run: screen.run, .accepted(SubmitFixture.response, jobs: SubmitFixture.jobs, problems: [])), now: 2)
        let asked = screen.handle(.key(.escape), now: 3)
        guard case .confirmLeave = screen.dialog, case .dismissNotice? = asked.first, asked.count == 1 else {
            Issue.record("no question was asked: \(asked)")
            return
        }
        _ = screen.handle(.key(.left), now: 3)
        let effects = screen.handle(.key(.enter), now: 3)
        guard case .close? = effects.first, case .stop(let ids)? = effects.last else {
            Issue.record("the screen did not close and stop: \(effects)")
            return
        }
        #expect(Set(ids) == Set(SubmitFixture.files.map(\.assetID)))
    }

    @Test func aReplacementIsCompletedCheckedThenSentAlone() throws {
        var screen = try Self.screen()
        _ = screen.handle(.key(.enter), now: 1)
        let run = screen.run
        _ = screen.receive(.flow(run: run, .accepted(SubmitFixture.response, jobs: SubmitFixture.jobs, problems: [])), now: 2)
        let first = SubmitFixture.files[0].assetID
        _ = screen.receive(.flow(run: run, .upload(UploadEvent(assetID: first, change: .failed(UploadFailure(reason: "reset", retryable: true))))),
                           now: 3)
        _ = screen.receive(.flow(run: run, .finished(SubmissionFlow.Outcome(response: SubmitFixture.response))), now: 4)
        _ = screen.handle(.key(.char("f")), now: 5)
        #expect(screen.replacing != nil)
        guard case .complete? = screen.handle(.key(.tab), now: 5).first else {
            Issue.record("Tab did not ask for a completion")
            return
        }
        _ = screen.receive(.completed(PathCompletion.complete("/work/ne", absolute: { $0 }, list: { _ in ["new.pdf"] })), now: 5)
        #expect(screen.replacing?.input.text == "/work/new.pdf")
        guard case .check(let declaration, let path)? = screen.handle(.key(.enter), now: 5).first else {
            Issue.record("Enter did not ask for a check")
            return
        }
        #expect(declaration.assetID == screen.selected?.assetID && path == "/work/new.pdf")
        let refused = screen.receive(.checked(assetID: declaration.assetID, path: path, .failure(ReplacementRefused("too big"))),
                                     now: 6)
        #expect(Self.notices(refused) == ["Not replaced: too big"])
        let file = AssetFile(assetID: declaration.assetID, path: path, type: declaration.type, size: 10)
        let taken = screen.receive(.checked(assetID: declaration.assetID, path: path, .success(file)), now: 7)
        guard case .chooseFile(let assetID, let chosen)? = taken.first, case .retry(let job, let retryRun, _)? = taken.last else {
            Issue.record("the replacement was not taken and sent: \(taken)")
            return
        }
        #expect(assetID == declaration.assetID && chosen == path)
        #expect(job.file == file && retryRun == run)
        #expect(screen.files[assetID] == file)
    }

    @Test func copyAndOpenAreAskedOfTheEdgeOnceThereIsALink() throws {
        var screen = try Self.screen()
        #expect(screen.handle(.key(.char("c")), now: 1).isEmpty, "no link before the server takes the request")
        _ = screen.handle(.key(.enter), now: 1)
        _ = screen.receive(.flow(run: screen.run, .accepted(SubmitFixture.response, jobs: [], problems: [])), now: 2)
        _ = screen.receive(.flow(run: screen.run, .finished(SubmissionFlow.Outcome(response: SubmitFixture.response))), now: 3)
        guard case .copy(let copied)? = screen.handle(.key(.char("c")), now: 4).last,
            case .open(let opened, _)? = screen.handle(.key(.char("o")), now: 4).last
        else {
            Issue.record("C and O did not ask for the link")
            return
        }
        #expect(copied == SubmitFixture.redirectURI && opened == SubmitFixture.redirectURI)
    }
}
