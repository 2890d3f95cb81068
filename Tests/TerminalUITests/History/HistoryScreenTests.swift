import ComposerKit
import Foundation
import PassCore
import Testing
@testable import TerminalUI

@Suite struct HistoryScreenTests {
    static let size = Size(width: 120, height: 34)

    func open(_ world: HistoryWorld, size: Size = HistoryScreenTests.size, then steps: [HeadlessTerminal.Step] = [])
        async -> (screen: ScreenBuffer, program: ComposerProgram, terminal: HeadlessTerminal)
    {
        let result = await HeadlessTerminal.runOnOwnThread(world.composer(), size: size, script: openHistory(world) + steps)
        return (result.terminal.screen, result.program, result.terminal)
    }

    func detail(_ world: HistoryWorld, row index: Int) async -> ScreenBuffer {
        await open(world, then: Array(repeating: .key(.down), count: index)).screen
    }

    @Test func anEmptyHistorySaysSoAndWhereItIsKept() async {
        let world = HistoryWorld(entries: [])
        defer { world.remove() }
        let (screen, _, _) = await open(world)
        #expect(screen.line(0).contains("Sent requests"))
        #expect(screen.find("Nothing sent yet") != nil, "\(screen.text)")
        #expect(screen.find("History file: /state/history.jsonl") != nil)
        #expect(world.calls.isEmpty)
    }

    @Test func everyStatusHasItsWordAndOneCallPerEndpoint() async throws {
        let world = HistoryWorld()
        defer { world.remove() }
        let (screen, _, _) = await open(world)
        let words = [("composer-here", "incomplete"), ("ACME-verified", "verified"), ("ACME-waiting", "incomplete"),
                     ("composer-earlier", "unknown"), ("ACME-lost", "unknown"), ("ACME-canceled", "canceled"),
                     ("ACME-gone", "expired")]
        for (id, word) in words {
            let row = try #require(screen.row(containing: id), "\(id) is listed\n\(screen.text)")
            #expect(row.contains(word), "\(id): \(row)")
        }
        #expect(screen.find("Sent requests (7)") != nil)
        #expect(Set(world.calls.map(\.targetID)) == ["staging", HistoryWorld.embedded])
        #expect(world.calls.count == 2)
        let message = screen.line(Self.size.height - 2)
        #expect(message.contains("1 verified · 2 incomplete · 1 canceled · 1 expired · 2 unknown"), "\(message)")
        #expect(message.contains("every 10 s while this screen is open"))
    }

    @Test func theDetailsSayWhyAStatusIsUnknown() async {
        let world = HistoryWorld()
        defer { world.remove() }
        let earlier = await detail(world, row: 3)
        #expect(earlier.find("sandbox of an earlier session: status unknown") != nil, "\(earlier.text)")
        let lost = await detail(world, row: 4)
        #expect(lost.find("unknown: sent to profile old (https://old.example), which is not configured here now: status unknown") != nil,
                "\(lost.text)")
        let gone = await detail(world, row: 6)
        #expect(gone.find("expired: the server no longer knows it: unfinished requests go after 48 h") != nil, "\(gone.text)")
    }

    @Test func theTimeLeftFollowsTheRuleOfWhereItWasSent() async {
        let world = HistoryWorld()
        defer { world.remove() }
        let here = await detail(world, row: 0)
        #expect(here.find("Expires  in 3 min (5 min after sending, this session's sandbox setting)") != nil, "\(here.text)")
        let waiting = await detail(world, row: 2)
        #expect(waiting.find("Expires  in 46 h (48 h after sending, the partner documentation's rule)") != nil, "\(waiting.text)")
        #expect(waiting.find("1 file, all arrived") != nil)
        let verified = await detail(world, row: 1)
        #expect(verified.find("verified: the holder accepted it at 2025-05-01 11:30:00 UTC") != nil)
        #expect(verified.find("Expires") == nil)
    }

    @Test func anEndpointThatDoesNotAnswerIsOneLineNotOneErrorPerRequest() async throws {
        let world = HistoryWorld(answers: [HistoryWorld.embedded: []])
        defer { world.remove() }
        let (screen, _, _) = await open(world)
        let message = screen.line(Self.size.height - 2)
        #expect(message.contains("staging did not answer: no answer from the server after 4 attempts: the connection was refused"),
                "\(message)")
        #expect(screen.text.components(separatedBy: "did not answer").count == 2, "said once\n\(screen.text)")
        let row = try #require(screen.row(containing: "ACME-waiting"))
        #expect(row.contains("unknown"))
    }

    @Test func aCorruptHistoryLineIsNoted() async {
        let world = HistoryWorld(notes: ["/state/history.jsonl:3: not a history entry, skipped"])
        defer { world.remove() }
        let (screen, _, _) = await open(world)
        #expect(screen.find("/state/history.jsonl:3: not a history entry, skipped") != nil, "\(screen.text)")
        #expect(screen.find("ACME-verified") != nil)
    }

    @Test func enterShowsTheQRCodeAndTheLinkAgain() async throws {
        let world = HistoryWorld()
        defer { world.remove() }
        let (screen, program, _) = await open(world, size: Size(width: 120, height: 48), then: [.key(.down), .key(.enter)])
        #expect(screen.find("Scan to accept · ACME-verified") != nil, "\(screen.text)")
        #expect(screen.find("https://staging.example/partner/add/batch#clientId=acme&content=ACME-verified") != nil)
        #expect(screen.text.contains("▀") || screen.text.contains("▄"), "the code is drawn")
        let copied = HeadlessTerminal.run(program, size: Size(width: 120, height: 48), script: [.key(.char("c"))])
        #expect(copied.terminal.clipboard == "https://staging.example/partner/add/batch#clientId=acme&content=ACME-verified")
        #expect(copied.terminal.screen.find("Copied the link of ACME-verified") != nil)
        let hidden = HeadlessTerminal.run(copied.program, size: Size(width: 120, height: 48), script: [.key(.enter)])
        #expect(hidden.terminal.screen.find("Scan to accept") == nil, "Enter hides it again")
        #expect(hidden.terminal.screen.find("verified: the holder accepted it") != nil)
        let small = HeadlessTerminal.run(program, size: Size(width: 80, height: 24), script: [])
        #expect(small.terminal.screen.find("The QR code needs a terminal of") != nil, "\(small.terminal.screen.text)")
        #expect(linkRows(in: small.terminal.screen).joined() == "https://staging.example/partner/add/batch#clientId=acme&content=ACME-verified")
    }

    @Test func theStatusIsRefreshedOnItsOwnOnlyWhileTheScreenIsOpen() async throws {
        let world = HistoryWorld(refreshInterval: 2)
        defer { world.remove() }
        let (first, program, _) = await open(world)
        #expect(try #require(first.row(containing: "ACME-waiting")).contains("incomplete"))
        world.setAnswers("staging", [SubmissionStatus(id: "ACME-waiting", status: .verified, finalizedAt: "2025-05-01T11:59:00Z")])
        world.entries.append(HistoryWorld.entry("ACME-meanwhile", at: "2025-05-01T11:59:00Z"))
        // Two idle seconds (two ticks) later the screen reads the history again, asks again
        // and shows the answer without a key.
        let later = await HeadlessTerminal.runOnOwnThread(program, size: Self.size, script: [.idle, .idle]
            + Array(repeating: .awaitMessage(timeout: messageWait), count: 4))
        #expect(try #require(later.terminal.screen.row(containing: "ACME-waiting")).contains("verified"), "\(later.terminal.screen.text)")
        #expect(world.calls.count == 4)
        #expect(later.terminal.screen.find("Sent requests (8)") != nil, "a request sent meanwhile appears")
        #expect(try #require(later.terminal.screen.row(containing: "ACME-meanwhile")).contains("unknown"))
        // Closed, it asks no more, however long it stays idle.
        let closed = HeadlessTerminal.run(later.program, size: Self.size, script: [.key(.escape), .idle, .idle, .idle, .idle])
        #expect(closed.program.tickInterval == nil)
        #expect(world.calls.count == 4)
    }

    @Test func slashFindsARequestAsYouTypeAndEscClearsIt() async throws {
        let world = HistoryWorld()
        defer { world.remove() }
        let (screen, program, _) = await open(world, then: [.key(.char("/")), .type("acme gone")])
        #expect(screen.find("Sent requests (1 of 7)") != nil, "\(screen.text)")
        #expect(screen.find("Find: acme gone") != nil)
        #expect(screen.row(containing: "ACME-verified") == nil)
        let kept = HeadlessTerminal.run(program, size: Self.size, script: [.key(.enter), .key(.char("c"))])
        #expect(kept.terminal.clipboard?.hasSuffix("content=ACME-gone") == true, "letters act again once the find line is closed")
        let none = HeadlessTerminal.run(kept.program, size: Self.size, script: [.key(.char("/")), .type(" nomatch")])
        #expect(none.terminal.screen.find("No request matches “acme gone nomatch”") != nil, "\(none.terminal.screen.text)")
        let cleared = HeadlessTerminal.run(none.program, size: Self.size, script: [.key(.escape)])
        #expect(cleared.terminal.screen.find("Sent requests (7)") != nil)
        #expect(!cleared.program.isComposing, "Esc clears the find before it leaves")
    }

    @Test func theDraftOfARequestOpensOrIsSaidToBeGone() async throws {
        let world = HistoryWorld()
        defer { world.remove() }
        try world.keepDraft(of: "ACME-verified")
        let (_, program, _) = await open(world, then: [.key(.down), .key(.char("d"))])
        #expect(program.state.document.requestID == "ACME-verified")
        #expect(program.isComposing)
        let (screen, missing, _) = await open(world, then: [.key(.down), .key(.down), .key(.char("d"))])
        #expect(!missing.isComposing)
        #expect(screen.find("The draft of ACME-waiting is no longer kept") != nil, "\(screen.text)")
    }

    @Test func aCanceledRequestIsSentAgainUnderANewIdWithTheEndpointsPrefix() async throws {
        let world = HistoryWorld()
        defer { world.remove() }
        try world.keepDraft(of: "ACME-canceled")
        let (screen, program, _) = await open(world, then: Array(repeating: .key(.down), count: 5) + [.key(.char("s"))])
        let id = program.state.document.requestID
        #expect(id.hasPrefix("ACME-") && id != "ACME-canceled")
        #expect(UUID(uuidString: String(id.dropFirst("ACME-".count))) != nil, "\(id)")
        #expect(program.state.document.value[path: JSONPath.root.appending("digital_identity").appending("credential_id")]
                == .string(id + "-1"))
        guard case .submit = program.screen else {
            Issue.record("the submit screen is not open:\n\(screen.text)")
            return
        }
        #expect(program.endpoint?.id == "staging")
        #expect(screen.find(id) != nil)
    }

    @Test func aRequestTheServerTookKeepsItsDraftForLater() throws {
        let world = HistoryWorld()
        defer { world.remove() }
        var program = world.composer(document: HistoryWorld.validBatch("ACME-sent"))
        _ = program.update(.key(.f(10)))
        guard case .submit(let model) = program.screen else {
            Issue.record("the submit screen did not open")
            return
        }
        #expect(world.drafts.draft(forRequestID: "ACME-sent") == .missing(path: world.drafts.directory + "/draft-ACME-sent.json"))
        let response = SubmissionResponse(redirectURI: "https://staging.example/partner/add/batch#clientId=acme&content=r-1")
        _ = program.update(.message(.submit(.flow(run: model.run, .accepted(response, jobs: [], problems: [])))))
        guard case .found(let draft, _) = world.drafts.draft(forRequestID: "ACME-sent") else {
            Issue.record("no draft was kept")
            return
        }
        #expect(draft.document == HistoryWorld.validBatch("ACME-sent"))
    }

    @Test func aRequestStillOpenOrAcceptedIsNotSentAgain() async {
        let world = HistoryWorld()
        defer { world.remove() }
        let (screen, program, _) = await open(world, then: [.key(.down), .key(.char("s"))])
        #expect(screen.find("ACME-verified is not sent again: the holder has accepted it.") != nil, "\(screen.text)")
        #expect(!program.isComposing)
        let waiting = await open(world, then: [.key(.down), .key(.down), .key(.char("s"))])
        #expect(waiting.screen.find("still waiting for the holder") != nil)
    }

    @Test func theHistoryIsOneKeyFromTheComposerAndThePalette() async {
        let world = HistoryWorld(entries: [])
        defer { world.remove() }
        let palette = await HeadlessTerminal.runOnOwnThread(world.composer(), size: Self.size, script: [
            .key(.ctrl("p")), .type("sent requests"), .key(.enter), .awaitMessage(timeout: messageWait),
        ])
        #expect(palette.terminal.screen.find("Nothing sent yet") != nil, "\(palette.terminal.screen.text)")
        let back = HeadlessTerminal.run(palette.program, size: Self.size, script: [.key(.escape)])
        #expect(back.program.isComposing)
    }
}

@Suite struct HistoryScreenEdgeTests {
    @Test func requestsNobodyCanAnswerForAreNotAskedAndSaySo() async throws {
        let world = HistoryWorld(entries: [
            HistoryWorld.entry("composer-earlier", at: "2025-04-30T09:00:00Z", profile: HistoryWorld.embedded,
                               endpoint: "http://127.0.0.1:5555"),
        ], targets: [])
        defer { world.remove() }
        let run = await HeadlessTerminal.runOnOwnThread(world.composer(), size: HistoryScreenTests.size, script: openHistory(world))
        let screen = run.terminal.screen
        #expect(try #require(screen.row(containing: "composer-earlier")).contains("unknown"))
        #expect(screen.find("Status   unknown: sandbox of an earlier session: status unknown") != nil, "\(screen.text)")
        #expect(screen.line(HistoryScreenTests.size.height - 2).contains("1 unknown · no endpoint configured here can answer for these"))
        #expect(world.calls.isEmpty)
        // The way back to the holder stays: its link is copied as for any other.
        let copied = HeadlessTerminal.run(run.program, size: HistoryScreenTests.size, script: [.key(.char("c"))])
        #expect(copied.terminal.clipboard?.hasSuffix("content=composer-earlier") == true)
    }
}
