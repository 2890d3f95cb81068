import ComposerKit
import Foundation
import PassCore
import Testing
@testable import TerminalUI

/// The history screen on its own: ticks, answers and keys in, its state and effects out,
/// with no history file, no endpoint and no loop.
struct HistoryScreenUpdateTests {
    static let size = Size(width: 120, height: 40)

    static func screen(refreshInterval: Double = 10) -> HistoryScreen {
        HistoryScreen(now: HistoryWorld.now, refreshInterval: refreshInterval, size: size)
    }

    /// A screen whose history has been read, its first refresh under way.
    static func loaded(refreshInterval: Double = 10) -> (HistoryScreen, generation: Int, [StatusQuery]) {
        var screen = screen(refreshInterval: refreshInterval)
        _ = screen.reload()
        let effects = screen.receive(.loaded(HistorySnapshot(entries: HistoryWorld.standardEntries,
                                                             targets: HistoryWorld.standardTargets)), now: HistoryWorld.now)
        guard case .refresh(let generation, let queries)? = effects.first else { return (screen, -1, []) }
        return (screen, generation, queries)
    }

    static func notices(_ effects: [HistoryEffect]) -> [String] {
        effects.compactMap { if case .notify(let notice) = $0 { notice.text } else { nil } }
    }

    @Test func theHistoryIsReadOnceAtATime() {
        var screen = Self.screen()
        guard case .load? = screen.reload().first else {
            Issue.record("the history is not read")
            return
        }
        #expect(screen.reload().isEmpty, "a read under way is not started again")
    }

    @Test func aReadHistoryAsksEveryReachableEndpoint() {
        let (screen, generation, queries) = Self.loaded()
        #expect(generation >= 0)
        #expect(Set(queries.map(\.targetID)) == ["staging", HistoryWorld.embedded])
        #expect(!screen.loading && screen.state.isLoaded)
        #expect(screen.state.refreshing != nil)
    }

    @Test func ticksReadTheHistoryAgainOnceTheIntervalHasPassed() {
        var (screen, generation, _) = Self.loaded(refreshInterval: 2)
        _ = screen.receive(.finished(generation: generation, at: HistoryWorld.now), now: HistoryWorld.now)
        #expect(screen.tick(now: HistoryWorld.now.addingTimeInterval(1)).isEmpty)
        guard case .load? = screen.tick(now: HistoryWorld.now.addingTimeInterval(2)).first else {
            Issue.record("the second tick did not read the history again")
            return
        }
        #expect(screen.now == HistoryWorld.now.addingTimeInterval(2))
    }

    @Test func typedWordsFilterTheListAndEscClearsThem() {
        var (screen, _, _) = Self.loaded()
        _ = screen.handle(.key(.char("/")))
        #expect(screen.search != nil)
        for letter in "gone" { _ = screen.handle(.key(.char(letter))) }
        #expect(screen.state.visible.map(\.id) == ["ACME-gone"])
        _ = screen.handle(.key(.escape))
        #expect(screen.search == nil && screen.state.filter.isEmpty)
        #expect(screen.state.visible.count == HistoryWorld.standardEntries.count)
    }

    @Test func escClosesTheScreenOnceNoFilterIsLeft() {
        var (screen, _, _) = Self.loaded()
        _ = screen.handle(.key(.char("/")))
        _ = screen.handle(.key(.char("x")))
        _ = screen.handle(.key(.enter))
        let clearing = screen.handle(.key(.escape))
        #expect(screen.state.filter.isEmpty)
        #expect(clearing.count == 1, "only the notice goes: \(clearing)")
        guard case .close? = screen.handle(.key(.escape)).last else {
            Issue.record("Esc did not close the screen")
            return
        }
    }

    @Test func aRequestWithoutAnswerIsNotSentAgainAndCopyAsksForItsLink() {
        var (screen, _, _) = Self.loaded()
        let resent = screen.handle(.key(.char("s")))
        #expect(Self.notices(resent).first?.hasPrefix("\(screen.state.selectedRow?.id ?? "") is not sent again") == true, "\(resent)")
        guard case .copy(let link)? = screen.handle(.key(.char("c"))).last else {
            Issue.record("C did not copy")
            return
        }
        #expect(link == screen.state.selectedRow?.entry.redirectURI)
    }

    @Test func enterShowsTheQRCodeAndDAsksForTheDraft() {
        var (screen, _, _) = Self.loaded()
        _ = screen.handle(.key(.enter))
        #expect(screen.code?.id == screen.state.selectedRow?.id)
        _ = screen.handle(.key(.enter))
        #expect(screen.code == nil)
        guard case .reopenDraft(let id)? = screen.handle(.key(.char("d"))).last else {
            Issue.record("D did not ask for the draft")
            return
        }
        #expect(id == screen.state.selectedRow?.id)
    }
}
