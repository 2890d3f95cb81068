import Foundation
import PassCore
import Testing
@testable import ComposerKit

@Suite struct HistoryStateTests {
    typealias F = HistoryFixtures

    func loaded(_ entries: [HistoryEntry], targets: [StatusTarget] = [F.staging, F.sandbox]) -> HistoryState {
        var state = HistoryState()
        state.apply(.loaded(entries: entries, notes: [], targets: targets))
        return state
    }

    @Test func rowsAreNewestFirstAndTheSelectionFollowsItsRow() {
        var state = loaded([F.entry("old", at: "2025-04-30T10:00:00Z"), F.entry("new", at: "2025-05-01T11:00:00Z"),
                            F.entry("mid", at: "2025-05-01T09:00:00Z")])
        #expect(state.rows.map(\.id) == ["new", "mid", "old"])
        state.apply(.moveSelection(1))
        state.apply(.loaded(entries: [F.entry("newer", at: "2025-05-01T11:30:00Z"), F.entry("mid", at: "2025-05-01T09:00:00Z")],
                            notes: [], targets: [F.staging]))
        #expect(state.selectedRow?.id == "mid")
        state.apply(.moveSelection(10))
        #expect(state.selected == 1)
        state.apply(.moveSelection(-10))
        #expect(state.selected == 0)
    }

    @Test func aRefreshAsksEachTargetOnceForItsIdsAndIgnoresStaleAnswers() throws {
        var state = loaded([F.entry("A", at: "2025-05-01T11:00:00Z"), F.entry("B", at: "2025-05-01T10:00:00Z"),
                            F.entry("S", at: "2025-05-01T11:58:00Z", profile: HistoryEntry.embeddedSandboxProfile,
                                    endpoint: "http://127.0.0.1:4242"),
                            F.entry("X", at: "2025-05-01T11:00:00Z", profile: HistoryEntry.embeddedSandboxProfile,
                                    endpoint: "http://127.0.0.1:9999")])
        let plan = state.beginRefresh()
        let (generation, queries) = try #require(plan)
        #expect(queries == [StatusQuery(targetID: "staging", ids: ["A", "B"]),
                            StatusQuery(targetID: HistoryEntry.embeddedSandboxProfile, ids: ["S"])])
        let second = state.beginRefresh()
        #expect(second == nil, "one refresh at a time")
        state.apply(.answered(generation: generation - 1, queries[0], [SubmissionStatus(id: "A", status: .verified)], at: F.now))
        #expect(state.rows.first { $0.id == "A" }?.status == nil, "an answer of an earlier refresh is ignored")
        state.apply(.answered(generation: generation, queries[0],
                              [SubmissionStatus(id: "A", status: .verified, finalizedAt: "2025-05-01T11:30:00Z")], at: F.now))
        state.apply(.refreshFinished(generation: generation, at: F.now))
        #expect(state.refreshing == nil && state.lastRefresh == F.now)
        #expect(state.rows.first { $0.id == "A" }?.verdict(at: F.now) == .verified("2025-05-01T11:30:00Z"))
        #expect(state.rows.first { $0.id == "B" }?.problem == .unknownToServer)
        let third = state.beginRefresh()
        #expect(third != nil)
    }

    @Test func aFailedCallIsOneFailureOfItsTargetAndKeepsWhatWasKnown() throws {
        var state = loaded([F.entry("A", at: "2025-05-01T11:00:00Z"), F.entry("B", at: "2025-05-01T10:00:00Z")])
        let plan = state.beginRefresh()
        var (generation, queries) = try #require(plan)
        state.apply(.answered(generation: generation, queries[0], [SubmissionStatus(id: "A", status: .incomplete)],
                              at: F.now.addingTimeInterval(-60)))
        state.apply(.refreshFinished(generation: generation, at: F.now))
        let again = state.beginRefresh()
        (generation, queries) = try #require(again)
        state.apply(.failed(generation: generation, queries[0], reason: "no answer from the server after 4 attempts", at: F.now))
        #expect(state.failures == ["staging": "no answer from the server after 4 attempts"])
        let a = try #require(state.rows.first { $0.id == "A" })
        #expect(a.verdict(at: F.now) == .incomplete(secondsLeft: 47 * 3600))
        #expect(a.statusLine(at: F.now) == "incomplete: waiting for the holder to accept (as of 1 min ago; now staging did not answer: no answer from the server after 4 attempts)")
        let b = try #require(state.rows.first { $0.id == "B" })
        #expect(b.verdict(at: F.now) == .unknown("staging did not answer: no answer from the server after 4 attempts"))
    }

    @Test func aFilterShowsTheRowsWithEveryWordAndKeepsTheSelectionWhenItCan() throws {
        var state = loaded([F.entry("ACME-7f3a", at: "2025-05-01T11:00:00Z"), F.entry("ACME-9b21", at: "2025-05-01T10:00:00Z"),
                            F.entry("OTHER-7f3a", at: "2025-05-01T09:00:00Z", profile: "prod", endpoint: "https://prod.example")])
        state.apply(.select(1))
        state.apply(.filter("acme"))
        #expect(state.visible.map(\.id) == ["ACME-7f3a", "ACME-9b21"])
        #expect(state.selectedRow?.id == "ACME-9b21")
        state.apply(.filter("7F3A prod"))
        #expect(state.visible.map(\.id) == ["OTHER-7f3a"])
        #expect(state.selected == 0)
        state.apply(.filter("nothing"))
        #expect(state.visible.isEmpty && state.selectedRow == nil)
        state.apply(.moveSelection(1))
        #expect(state.selected == 0)
        state.apply(.filter(""))
        #expect(state.visible.count == 3)
        // Answers reach filtered rows too.
        state.apply(.filter("9b21"))
        let plan = state.beginRefresh()
        let (generation, queries) = try #require(plan)
        state.apply(.answered(generation: generation, queries[0], [SubmissionStatus(id: "ACME-9b21", status: .verified)], at: F.now))
        #expect(state.selectedRow?.status?.status == .verified)
    }

    @Test func countsNameEachStatusOnce() throws {
        var state = loaded([F.entry("A", at: "2025-05-01T11:00:00Z"), F.entry("B", at: "2025-05-01T10:00:00Z"),
                            F.entry("C", at: "2025-05-01T09:00:00Z", profile: "gone", endpoint: "https://gone.example")])
        let plan = state.beginRefresh()
        let (generation, queries) = try #require(plan)
        state.apply(.answered(generation: generation, queries[0], [SubmissionStatus(id: "A", status: .verified),
                                                                   SubmissionStatus(id: "B", status: .verified)], at: F.now))
        #expect(state.counts(at: F.now).map { "\($0.count) \($0.word)" } == ["2 verified", "1 unknown"])
    }
}
