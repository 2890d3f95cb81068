import Foundation
import PassCore
import Testing
@testable import ComposerKit

/// A request is its endpoint and its id: the same id on two endpoints is two rows,
/// each answered by its own endpoint; a final status the history kept is never lost.
@Suite struct HistoryKeyTests {
    typealias F = HistoryFixtures
    static let other = StatusTarget(id: "other-sandbox", baseURL: "http://127.0.0.1:8080", isSandbox: true)

    func twoEndpoints() -> HistoryState {
        var state = HistoryState()
        state.apply(.loaded(entries: [
            F.entry("SAME-1", at: "2025-05-01T11:00:00Z", profile: HistoryEntry.embeddedSandboxProfile, endpoint: "http://127.0.0.1:4242"),
            F.entry("SAME-1", at: "2025-05-01T11:30:00Z", profile: nil, endpoint: "http://127.0.0.1:8080"),
        ], notes: [], targets: [F.sandbox, Self.other]))
        return state
    }

    @Test func theSameIdOnTwoEndpointsIsTwoRowsAskedOfTheirOwnEndpoints() throws {
        var state = twoEndpoints()
        #expect(state.rows.count == 2)
        #expect(Set(state.rows.map(\.key)).count == 2)
        let plan = state.beginRefresh()
        let (generation, queries) = try #require(plan)
        #expect(queries == [StatusQuery(targetID: F.sandbox.id, ids: ["SAME-1"]), StatusQuery(targetID: Self.other.id, ids: ["SAME-1"])])
        state.apply(.answered(generation: generation, queries[0],
                              [SubmissionStatus(id: "SAME-1", status: .verified, finalizedAt: "2025-05-01T11:10:00Z")], at: F.now))
        state.apply(.answered(generation: generation, queries[1], [SubmissionStatus(id: "SAME-1", status: .incomplete)], at: F.now))
        let embedded = try #require(state.rows.first { $0.entry.endpoint == "http://127.0.0.1:4242" })
        let other = try #require(state.rows.first { $0.entry.endpoint == "http://127.0.0.1:8080" })
        #expect(embedded.verdict(at: F.now) == .verified("2025-05-01T11:10:00Z"), "the verified one is not lost")
        #expect(other.verdict(at: F.now).word == "incomplete")
        #expect(state.counts(at: F.now).map(\.count).reduce(0, +) == state.rows.count)
    }

    @Test func theSelectionStaysOnItsEndpointsRow() {
        var state = twoEndpoints()
        state.apply(.moveSelection(1))
        let key = state.selectedRow?.key
        state.apply(.loaded(entries: state.rows.map(\.entry).reversed(), notes: [], targets: [F.sandbox, Self.other]))
        #expect(state.selectedRow?.key == key)
    }

    @Test func aKeptFinalStatusOutlivesItsSandbox() {
        var entry = F.entry("GONE-1", at: "2025-04-30T09:00:00Z", profile: HistoryEntry.embeddedSandboxProfile,
                            endpoint: "http://127.0.0.1:5555")
        entry.knownStatus = KnownStatus(state: .verified, finalizedAt: "2025-04-30T09:05:00Z", learntAt: "2025-04-30T09:06:00Z")
        var state = HistoryState()
        state.apply(.loaded(entries: [entry], notes: [], targets: [F.sandbox]))
        let row = state.rows[0]
        #expect(row.route == .earlierSandbox)
        #expect(row.verdict(at: F.now) == .verified("2025-04-30T09:05:00Z"))
        #expect(row.statusLine(at: F.now).contains("kept in the history"), "\(row.statusLine(at: F.now))")
        #expect(!row.canResubmit(at: F.now), "an accepted request is not sent again")
        // Nor does a server that forgot the id unsay it.
        var forgotten = TrackedSubmission(entry: entry, route: .target("staging"))
        forgotten.problem = .unknownToServer
        #expect(forgotten.verdict(at: F.now) == .verified("2025-04-30T09:05:00Z"))
    }

    @Test func theTimelineReadsInOrder() {
        var entry = F.entry("T-1", at: "2025-05-01T11:00:00Z")
        entry.timeline = [
            HistoryEvent(at: "2025-05-01T11:00:00Z", change: .sent(files: [])),
            HistoryEvent(at: "2025-05-01T11:50:00Z", change: .sentAgain(files: [
                .init(assetID: "a", fileName: "a.pdf", size: 1, sha256: nil, arrived: true)])),
            HistoryEvent(at: "2025-05-01T11:59:00Z", change: .finalStatus(.verified, finalizedAt: "2025-05-01T11:58:00Z")),
        ]
        #expect(entry.timelineParts(at: F.now) == ["sent 1 h ago", "sent again 10 min ago (1 of 1 file arrived)", "verified 2 min ago"])
    }
}
