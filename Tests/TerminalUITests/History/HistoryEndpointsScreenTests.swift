import ComposerKit
import Foundation
import PassCore
import Testing
@testable import TerminalUI

/// The same request sent to two sandboxes is two rows, each with its own status
/// and timeline; the title counts the rows; the link is whole on its own rows; the
/// QR code follows the submit screen's rule.
@Suite struct HistoryEndpointsScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 160, height: 48)]
    static let other = StatusTarget(id: "other-sandbox", baseURL: "http://127.0.0.1:8080", isSandbox: true)

    /// One file sent from the composer (embedded sandbox, verified there) and with
    /// `submit --sandbox-url` to another sandbox, where it was sent again.
    static func world() -> HistoryWorld {
        var embedded = HistoryWorld.entry("SAME-1", at: "2025-05-01T11:40:00Z", profile: HistoryWorld.embedded,
                                          endpoint: "http://127.0.0.1:4242")
        embedded.timeline = [HistoryEvent(at: "2025-05-01T11:40:00Z", change: .sent(files: []))]
        var elsewhere = HistoryWorld.entry("SAME-1", at: "2025-05-01T11:45:00Z", profile: nil, endpoint: "http://127.0.0.1:8080")
        elsewhere.timeline = [HistoryEvent(at: "2025-05-01T11:45:00Z", change: .sent(files: [])),
                              HistoryEvent(at: "2025-05-01T11:50:00Z", change: .sentAgain(files: []))]
        return HistoryWorld(entries: [embedded, elsewhere],
                            targets: [HistoryWorld.standardTargets[1], other],
                            answers: [HistoryWorld.embedded: [SubmissionStatus(id: "SAME-1", status: .verified, finalizedAt: "2025-05-01T11:42:00Z")],
                                      other.id: [SubmissionStatus(id: "SAME-1", status: .incomplete)]])
    }

    func open(_ world: HistoryWorld, size: Size, then steps: [HeadlessTerminal.Step] = []) async -> ScreenBuffer {
        await HeadlessTerminal.runOnOwnThread(world.composer(), size: size, script: openHistory(world) + steps).terminal.screen
    }

    @Test(arguments: sizes)
    func twoEndpointsAreTwoRowsEachWithItsStatus(_ size: Size) async throws {
        let world = Self.world()
        defer { world.remove() }
        let screen = await open(world, size: size)
        let rows = screen.lines.filter { $0.contains("SAME-1") && ($0.contains("verified") || $0.contains("incomplete")) }
        #expect(rows.count == 2, "\(screen.text)")
        #expect(rows.contains { $0.contains("verified") } && rows.contains { $0.contains("incomplete") }, "\(screen.text)")
        #expect(screen.find("Sent requests (2)") != nil, "the title counts the rows\n\(screen.text)")
        #expect(rows.contains { $0.contains("sandbox (em") } && rows.contains { $0.contains("127.0.0.1:8080") },
                "each row says where it went\n\(screen.text)")
        #expect(Set(world.calls.map(\.targetID)) == [HistoryWorld.embedded, Self.other.id])
        let message = screen.line(size.height - 2)
        #expect(message.contains("1 verified · 1 incomplete"), "\(message)")
    }

    @Test func twoSandboxesOfOneProfileNameAreToldApartByAddressAndTheStatusIsNotCut() async throws {
        var first = HistoryWorld.entry("SAME-2", at: "2025-05-01T11:40:00Z", profile: "sandbox", endpoint: "http://127.0.0.1:4242")
        first.knownStatus = KnownStatus(state: .verified, finalizedAt: "2025-05-01T11:42:00Z", learntAt: "2025-05-01T11:43:00Z")
        let second = HistoryWorld.entry("SAME-2", at: "2025-05-01T11:45:00Z", profile: "sandbox", endpoint: "http://127.0.0.1:8080")
        let world = HistoryWorld(entries: [first, second], targets: [Self.other],
                                 answers: [Self.other.id: [SubmissionStatus(id: "SAME-2", status: .incomplete)]])
        defer { world.remove() }
        let screen = await open(world, size: Size(width: 80, height: 24), then: [.key(.down)])
        let rows = screen.lines.filter { $0.contains("SAME-2") && ($0.contains("verified") || $0.contains("incomplete")) }
        #expect(rows.contains { $0.contains("sandbox :4242") } && rows.contains { $0.contains("sandbox :8080") }, "\(screen.text)")
        #expect(screen.find("in the history: its endpoint said so") != nil, "the status wraps rather than losing its end\n\(screen.text)")
    }

    @Test func theDetailsShowTheTimelineAndTheLinkWhole() async throws {
        let world = Self.world()
        defer { world.remove() }
        let size = Size(width: 100, height: 30)
        // Newest first: the other sandbox's row, sent twice.
        let screen = await open(world, size: size)
        #expect(screen.find("Timeline") != nil, "\(screen.text)")
        #expect(screen.find("sent 15 min ago → sent again 10 min ago") != nil, "\(screen.text)")
        #expect(linkRows(in: screen).joined() == "http://127.0.0.1:8080/partner/add/batch#clientId=acme&content=SAME-1", "\(screen.text)")
        let down = await open(world, size: size, then: [.key(.down)])
        #expect(down.find("verified: the holder accepted it") != nil, "\(down.text)")
        #expect(linkRows(in: down).joined() == "http://127.0.0.1:4242/partner/add/batch#clientId=acme&content=SAME-1", "\(down.text)")
    }

    @Test(arguments: sizes)
    func theQRCodeFollowsTheSameRuleAsTheSubmitScreen(_ size: Size) async throws {
        // The submit screen's own link, shown again from the history.
        let uri = SubmitFixture.redirectURI
        let entry = HistoryEntry(id: "QR-1", kind: .batch, submittedAt: "2025-05-01T11:59:00Z", endpoint: "http://127.0.0.1:4242",
                                 profile: HistoryWorld.embedded, counts: ["education_items": 1], redirectURI: uri, files: [])
        let world = HistoryWorld(entries: [entry], targets: [HistoryWorld.standardTargets[1]],
                                 answers: [HistoryWorld.embedded: [SubmissionStatus(id: "QR-1", status: .incomplete)]])
        defer { world.remove() }
        let history = await open(world, size: size, then: [.key(.enter)])
        let submit = try SubmitDriver.done(size: size).screen
        let historyShows = history.text.contains("▀") || history.text.contains("▄")
        let submitShows = submit.find("Scan to accept:") != nil
        #expect(historyShows == submitShows, "one rule at \(size)\nhistory:\n\(history.text)\nsubmit:\n\(submit.text)")
        #expect(linkRows(in: history).joined() == uri, "\(history.text)")
        if size == Size(width: 100, height: 30) { #expect(historyShows, "100x30 shows the code on both screens") }
    }
}
