import Foundation
import PassCore
import Testing
@testable import ComposerKit

@Suite struct StatusRouteTests {
    typealias F = HistoryFixtures

    @Test func anEntryGoesToTheEndpointItWasSentTo() {
        let targets = [F.staging, StatusTarget(id: "other", baseURL: "https://staging.example")]
        #expect(StatusRoute.of(F.entry("A", at: "2025-05-01T11:00:00Z"), among: targets) == .target("staging"))
        let renamed = F.entry("B", at: "2025-05-01T11:00:00Z", profile: "old-name")
        #expect(StatusRoute.of(renamed, among: [F.staging]) == .target("staging"), "the same address under another name")
    }

    @Test func anEndpointNotConfiguredNowIsUnreachableNotAnError() {
        let lost = F.entry("C", at: "2025-05-01T11:00:00Z", profile: "old", endpoint: "https://old.example")
        guard case .unreachable(let reason) = StatusRoute.of(lost, among: [F.staging]) else {
            Issue.record("not unreachable")
            return
        }
        #expect(reason == "sent to profile old (https://old.example), which is not configured here now")
    }

    @Test func onlyThisProcesssSandboxKnowsItsRequests() {
        let here = F.entry("D", at: "2025-05-01T11:58:00Z", profile: HistoryEntry.embeddedSandboxProfile,
                           endpoint: "http://127.0.0.1:4242")
        let earlier = F.entry("E", at: "2025-04-30T09:00:00Z", profile: HistoryEntry.embeddedSandboxProfile,
                              endpoint: "http://127.0.0.1:5555")
        #expect(StatusRoute.of(here, among: [F.staging, F.sandbox]) == .target(HistoryEntry.embeddedSandboxProfile))
        #expect(StatusRoute.of(earlier, among: [F.staging, F.sandbox]) == .earlierSandbox)
        #expect(StatusRoute.of(here, among: [F.staging]) == .earlierSandbox, "no sandbox runs in this process")
        // A separate sandbox at an embedded sandbox's old address is not asked for it either.
        let separate = StatusTarget(id: "local", baseURL: "http://127.0.0.1:5555", isSandbox: true)
        #expect(StatusRoute.of(earlier, among: [separate]) == .earlierSandbox)
    }
}
