import ComposerKit
import Foundation
import PassCore

extension HistoryScreen {
    /// Reads the history again (requests sent meanwhile, from here or `submit`); the
    /// statuses are asked when it arrives. Nothing while a read or a refresh is under way.
    mutating func reload() -> [HistoryEffect] {
        guard !loading, state.refreshing == nil else { return [] }
        loading = true
        return [.load]
    }

    /// A tick at wall-clock time `now`: the clock moves, and a refresh starts when one is due.
    mutating func tick(now: Date) -> [HistoryEffect] {
        self.now = now
        guard state.isLoaded, !loading, state.refreshing == nil else { return [] }
        sinceRefresh += tickInterval.inSeconds
        guard sinceRefresh >= refreshInterval - 1e-6 else { return [] }
        return reload()
    }

    /// The answer of the screen's work, arriving at wall-clock time `now`.
    mutating func receive(_ message: HistoryMessage, now: Date) -> [HistoryEffect] {
        self.now = now
        switch message {
        case .loaded(let snapshot):
            loading = false
            sinceRefresh = 0
            path = snapshot.path
            state.apply(.loaded(entries: snapshot.entries, notes: snapshot.notes, targets: snapshot.targets))
            guard let (generation, queries) = state.beginRefresh() else {
                sinceRefresh = 0
                return []
            }
            return [.refresh(generation: generation, queries)]
        case .answered(let generation, let query, let statuses, let date):
            state.apply(.answered(generation: generation, query, statuses, at: date))
        case .failed(let generation, let query, let reason, let date):
            state.apply(.failed(generation: generation, query, reason: reason, at: date))
        case .finished(let generation, let date):
            state.apply(.refreshFinished(generation: generation, at: date))
            sinceRefresh = 0
        }
        return []
    }

    /// A key or a paste.
    mutating func handle(_ input: InputEvent) -> [HistoryEffect] {
        if search != nil { return handleSearch(input) }
        guard case .key(let key) = input, let command = Self.keys.action(for: key) else { return [] }
        return [.dismissNotice] + perform(command)
    }

    private mutating func perform(_ command: HistoryScreenKey) -> [HistoryEffect] {
        let page = max(1, listHeight - 1)
        switch command {
        case .back:
            guard state.filter.isEmpty else {
                state.apply(.filter(""))
                return []
            }
            return [.close]
        case .up, .down, .pageUp, .pageDown:
            let offset = command == .up ? -1 : command == .down ? 1 : command == .pageUp ? -page : page
            state.apply(.moveSelection(offset))
            return code != nil ? showCode() : []
        case .first, .last:
            state.apply(.select(command == .first ? 0 : state.visible.count - 1))
            return code != nil ? showCode() : []
        case .find:
            code = nil
            search = TextInput(state.filter, placeholder: "part of a request id, a profile or an address")
        case .refresh:
            guard state.isLoaded else { return [] }
            if loading || state.refreshing != nil {
                return [.notify(Notice(.info, "Already asking; the answers appear as they come."))]
            }
            return reload()
        case .code:
            if code != nil { code = nil } else { return showCode() }
        case .copy:
            guard let row = state.selectedRow else { return [] }
            guard let uri = row.entry.redirectURI else { return [Self.noLink(row)] }
            return [.notify(Notice(.info, "Copied the link of \(row.id) to the clipboard.")), .copy(uri)]
        case .open:
            guard let row = state.selectedRow, let uri = row.entry.redirectURI else { return [] }
            return [.open(uri, opened: "Opened the link of \(row.id) in the browser.")]
        case .draft:
            guard let row = state.selectedRow else { return [] }
            return [.reopenDraft(requestID: row.id)]
        case .resubmit:
            guard let row = state.selectedRow else { return [] }
            guard let refusal = Self.resubmitRefusal(row, at: now) else { return [.resubmit(row)] }
            return [.notify(Notice(.info, "\(row.id) is not sent again: \(refusal)."))]
        case .help:
            return [.help]
        case .quit:
            return [.quit]
        }
        return []
    }

    private mutating func handleSearch(_ input: InputEvent) -> [HistoryEffect] {
        guard var typed = search else { return [] }
        switch input {
        case .key(.enter):
            search = nil
        case .key(.escape):
            search = nil
            state.apply(.filter(""))
        case .key(.up), .key(.down):
            state.apply(.moveSelection(input == .key(.up) ? -1 : 1))
        default:
            if typed.handle(input) == .changed { state.apply(.filter(typed.text)) }
            search = typed
        }
        return []
    }

    private mutating func showCode() -> [HistoryEffect] {
        guard let row = state.selectedRow else { return [] }
        guard let uri = row.entry.redirectURI else {
            code = nil
            return [Self.noLink(row)]
        }
        if code?.id != row.id || code?.uri != uri { code = ShownCode(id: row.id, uri: uri, qr: QRCode(uri)) }
        return []
    }

    private static func noLink(_ row: TrackedSubmission) -> HistoryEffect {
        .notify(Notice(.warning, "\(row.id) has no link in the history: the server did not take it."))
    }

    /// Why a request is not sent again, or nil when it may be (expired or canceled).
    static func resubmitRefusal(_ row: TrackedSubmission, at now: Date) -> String? {
        guard !row.canResubmit(at: now) else { return nil }
        switch row.verdict(at: now) {
        case .verified: return "the holder has accepted it"
        case .incomplete: return "it is still waiting for the holder; C copies its link to send them again"
        case .checking: return "its status is not known yet"
        default: return "its status is not known, so it may still be accepted"
        }
    }
}
