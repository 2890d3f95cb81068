import ComposerKit
import Foundation
import PassCore

/// The router's side of the history screen: opening and closing it, its ticks, and what it
/// asks of the composer (a draft to re-open, a request to send again).
extension ComposerProgram {
    /// Ctrl-R (and H on the submit screen when done): the sent requests and their status.
    mutating func openHistory() -> [Command<Message>] {
        guard let services = environment.history else {
            state.apply(.notify(Notice(.info, "This composer keeps no submission history.")))
            return []
        }
        state.apply(.dismissNotice)
        var history = HistoryScreen(now: services.wallClock(), refreshInterval: services.refreshInterval, size: size)
        let effects = history.reload()
        screen = .history(history)
        return carryOut(effects)
    }

    /// Leaves the history screen; its calls stop.
    mutating func closeHistory() -> [Command<Message>] {
        screen = .compose
        return screenRunner.stopHistory
    }

    /// On each tick while the history shows: its clock moves, and a refresh starts when one is due.
    mutating func historyTick() -> [Command<Message>] {
        guard let now = screenRunner.historyNow else { return [] }
        return updateHistory { $0.tick(now: now) }
    }

    /// Changes the history screen, when it shows, and does what it asks.
    mutating func updateHistory(_ change: (inout HistoryScreen) -> [HistoryEffect]) -> [Command<Message>] {
        guard case .history(var history) = screen else { return [] }
        let effects = change(&history)
        screen = .history(history)
        return carryOut(effects)
    }

    private mutating func carryOut(_ effects: [HistoryEffect]) -> [Command<Message>] {
        var commands: [Command<Message>] = []
        for effect in effects {
            switch effect {
            case .load:
                if let command = screenRunner.loadHistory() { commands.append(command) }
            case .refresh(let generation, let queries):
                if let command = screenRunner.refreshHistory(generation: generation, queries) { commands.append(command) }
            case .copy(let text):
                commands.append(.copyToClipboard(text))
            case .open(let url, let opened):
                announceOpened(screenRunner.open(url), opened)
            case .notify(let notice):
                state.apply(.notify(notice))
            case .dismissNotice:
                state.apply(.dismissNotice)
            case .reopenDraft(let requestID):
                commands += reopenDraft(of: requestID)
            case .resubmit(let row):
                commands += resubmit(row)
            case .close:
                commands += closeHistory()
            case .help:
                overlay = .help(HelpOverlay(title: "Keys — sent requests", sections: [HistoryScreen.keys.help, LoopKeys.help]))
            case .quit:
                // The loop asks the composer (``quitRequested()``), which writes the draft first.
                commands.append(.requestQuit)
            }
        }
        return commands
    }

    // MARK: Drafts and resubmission

    /// Opens the draft of `requestID` in the composer, when it is still kept.
    private mutating func reopenDraft(of requestID: String) -> [Command<Message>] {
        if state.document.requestID == requestID {
            state.apply(.notify(Notice(.info, "\(requestID) is the document open in the composer.")))
            return closeHistory()
        }
        guard let draft = findDraft(requestID) else { return [] }
        // Over unsaved changes, the composer asks first (save, keep as draft, discard, stay).
        return closeHistory() + apply(.leave(.resume(draft)))
    }

    /// The draft of `requestID`, or nil with a notice saying why there is none.
    private mutating func findDraft(_ requestID: String) -> Draft? {
        guard let store = environment.drafts else {
            state.apply(.notify(Notice(.warning, "This composer keeps no drafts, so \(requestID) cannot be re-opened.")))
            return nil
        }
        switch store.draft(forRequestID: requestID) {
        case .found(let draft, _):
            return draft
        case .missing(let path):
            state.apply(.notify(Notice(.warning, "The draft of \(requestID) is no longer kept (\(path) is gone); open its payload file with F3 instead.")))
        case .unreadable(let path, let reason):
            state.apply(.notify(Notice(.error, "The draft of \(requestID) cannot be read (\(reason)); it stays at \(path).")))
        }
        return nil
    }

    /// Sends an expired or canceled request again: its draft under a new id
    /// (`<PREFIX>-<UUID>`, the prefix of the endpoint it goes to), on the submit screen.
    private mutating func resubmit(_ row: TrackedSubmission) -> [Command<Message>] {
        guard let draft = findDraft(row.id) else { return [] }
        let choices = environment.services?.endpoints() ?? []
        let target: EndpointChoice?
        switch row.route {
        case .target(let id): target = choices.first { $0.id == id }
        case .earlierSandbox: target = choices.first { $0.id == HistoryEntry.embeddedSandboxProfile }
        case .unreachable: target = nil
        }
        if let target { endpoint = target }
        let prefix = endpoint?.idPrefix ?? RequestID.defaultPrefix
        let newID = RequestID.make(prefix: prefix, uuid: state.ids.uuid())
        // Over unsaved changes, the composer asks first; once answered, F10 sends the new request.
        let commands = closeHistory() + apply(.leave(.new(draft.document.reissued(as: newID))))
        guard state.question == nil, state.document.requestID == newID else { return commands }
        openSubmitScreen()
        if case .compose = screen { return commands }
        state.apply(.notify(Notice(.info, "\(newID) is \(row.id) sent again as a new request; Enter sends it.")))
        return commands
    }
}
