import Foundation
import PassCore
import Testing
@testable import ComposerKit

@Suite struct VerdictTests {
    typealias F = HistoryFixtures

    func row(_ id: String, sent: String, status: SubmissionStatus.State? = nil, finalizedAt: String? = nil,
             problem: TrackedSubmission.Problem? = nil, lifetime: RequestLifetime = .documented) -> TrackedSubmission {
        var row = TrackedSubmission(entry: F.entry(id, at: sent), route: .target("staging"), lifetime: lifetime)
        row.status = status.map { SubmissionStatus(id: id, status: $0, finalizedAt: finalizedAt) }
        row.problem = problem
        row.checkedAt = status == nil && problem == nil ? nil : F.now.addingTimeInterval(-3)
        return row
    }

    @Test func anIncompleteRequestShowsTheTimeLeftByThePartnersRule() {
        let waiting = row("W", sent: "2025-05-01T10:00:00Z", status: .incomplete)
        #expect(waiting.verdict(at: F.now) == .incomplete(secondsLeft: 46 * 3600))
        #expect(waiting.expiryLine(at: F.now) == "in 46 h (48 h after sending, the partner documentation's rule)")
        #expect(waiting.statusLine(at: F.now) == "incomplete: waiting for the holder to accept · checked just now")
        #expect(!waiting.canResubmit(at: F.now))
    }

    @Test func theSandboxOfThisSessionSaysItsOwnLifetime() {
        let waiting = row("S", sent: "2025-05-01T11:58:00Z", status: .incomplete,
                          lifetime: RequestLifetime(seconds: 300, source: .thisSandbox))
        #expect(waiting.expiryLine(at: F.now) == "in 3 min (5 min after sending, this session's sandbox setting)")
    }

    @Test func verifiedAndCanceledCarryTheirTimes() {
        let verified = row("V", sent: "2025-05-01T10:00:00Z", status: .verified, finalizedAt: "2025-05-01T11:30:00Z")
        #expect(verified.statusLine(at: F.now) == "verified: the holder accepted it at 2025-05-01 11:30:00 UTC · checked just now")
        #expect(verified.expiryLine(at: F.now) == nil)
        #expect(!verified.canResubmit(at: F.now))
        let canceled = row("C", sent: "2025-04-28T10:00:00Z", status: .canceled, finalizedAt: "2025-04-30T10:00:00Z")
        #expect(canceled.verdict(at: F.now) == .canceled("2025-04-30T10:00:00Z"))
        #expect(canceled.canResubmit(at: F.now))
    }

    @Test func aRequestPastItsLifetimeIsExpiredWhetherTheServerSaysIncompleteOrForgotIt() {
        let late = row("L", sent: "2025-04-29T11:00:00Z", status: .incomplete)
        #expect(late.verdict(at: F.now) == .expired("not accepted within 48 h"))
        #expect(late.canResubmit(at: F.now))
        let forgotten = row("F", sent: "2025-04-27T11:00:00Z", problem: .unknownToServer)
        #expect(forgotten.verdict(at: F.now) == .expired("the server no longer knows it: unfinished requests go after 48 h"))
        #expect(forgotten.canResubmit(at: F.now))
        let young = row("Y", sent: "2025-05-01T11:00:00Z", problem: .unknownToServer)
        #expect(young.verdict(at: F.now) == .unknown("the server does not know this id"))
        #expect(!young.canResubmit(at: F.now))
    }

    @Test func anEarlierSessionsSandboxIsUnknownAndMaySendAgain() {
        let entry = F.entry("E", at: "2025-04-30T09:00:00Z", profile: HistoryEntry.embeddedSandboxProfile,
                            endpoint: "http://127.0.0.1:5555")
        let row = TrackedSubmission(entry: entry, route: .earlierSandbox)
        #expect(row.statusLine(at: F.now) == "unknown: sandbox of an earlier session: status unknown")
        #expect(row.expiryLine(at: F.now) == nil)
        #expect(row.canResubmit(at: F.now))
    }

    @Test func timesReadNaturally() {
        #expect(TimeText.span(172_800) == "48 h")
        #expect(TimeText.span(47 * 3600 + 59 * 60 + 30) == "47 h 59 min")
        #expect(TimeText.span(250) == "4 min 10 s")
        #expect(TimeText.span(12.7) == "12 s")
        #expect(TimeText.span(3 * 86_400 + 7200) == "3 d 2 h")
        #expect(TimeText.ago(2) == "just now")
        #expect(TimeText.ago(600) == "10 min ago")
        #expect(TimeText.ago(3 * 86_400) == "3 d ago")
        #expect(TimeText.utc(F.now) == "2025-05-01 12:00:00 UTC")
    }
}
