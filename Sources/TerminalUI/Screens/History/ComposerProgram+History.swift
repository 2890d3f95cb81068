import ComposerKit
import Foundation
import PassCore

extension ComposerProgram {
    // MARK: Opening and closing

    /// Ctrl-R (and H on the submit screen when done): the sent requests and their status.
    mutating func openHistory() -> [Command<Message>] {
        guard let services = environment.history else {
            state.apply(.notify(Notice(.info, "This composer keeps no submission history.")))
            return []
        }
        state.apply(.dismissNotice)
        var model = HistoryModel(now: services.wallClock())
        let commands = reloadHistory(&model)
        screen = .history(model)
        return commands
    }

    /// Reads the history again (requests sent meanwhile, from here or `submit`); the
    /// statuses are asked when it arrives.
    private func reloadHistory(_ model: inout HistoryModel) -> [Command<Message>] {
        guard let services = environment.history, !model.loading, model.state.refreshing == nil else { return [] }
        model.loading = true
        return [.run(id: "history-load") { poster in
            let snapshot = await services.load()
            guard !Task.isCancelled else { return }
            poster.post(.history(.loaded(snapshot)))
        }]
    }

    /// Leaves the history screen; its calls stop.
    mutating func closeHistory() -> [Command<Message>] {
        screen = .compose
        return [.cancel(id: "history-load"), .cancel(id: "history-refresh")]
    }

    /// How often the loop ticks while the history screen is open (it stops with the screen).
    var historyTickInterval: Duration? {
        guard case .history = screen, let services = environment.history else { return nil }
        return .milliseconds(Int(min(1, services.refreshInterval) * 1000))
    }

    /// On each tick: the clock moves, and a refresh starts when one is due.
    mutating func historyTick() -> [Command<Message>] {
        guard case .history(var model) = screen, let services = environment.history,
            let interval = historyTickInterval
        else { return [] }
        defer { screen = .history(model) }
        model.now = services.wallClock()
        guard model.state.isLoaded, !model.loading, model.state.refreshing == nil else { return [] }
        model.sinceRefresh += interval.inSeconds
        guard model.sinceRefresh >= services.refreshInterval - 1e-6 else { return [] }
        return reloadHistory(&model)
    }

    /// Asks every reachable endpoint for the statuses of its requests, at once.
    private func refreshHistory(_ model: inout HistoryModel) -> [Command<Message>] {
        guard let services = environment.history, let (generation, queries) = model.state.beginRefresh() else {
            model.sinceRefresh = 0
            return []
        }
        return [.run(id: "history-refresh") { poster in
            await withTaskGroup(of: Void.self) { group in
                for query in queries {
                    group.addTask {
                        do {
                            let statuses = try await services.statuses(query.targetID, query.ids)
                            guard !Task.isCancelled else { return }
                            poster.post(.history(.answered(generation: generation, query, statuses, at: services.wallClock())))
                        } catch {
                            guard !Task.isCancelled else { return }
                            poster.post(.history(.failed(generation: generation, query, reason: "\(error)",
                                                         at: services.wallClock())))
                        }
                    }
                }
            }
            guard !Task.isCancelled else { return }
            poster.post(.history(.finished(generation: generation, at: services.wallClock())))
        }]
    }

    // MARK: Messages

    mutating func receiveHistory(_ message: HistoryMessage) -> [Command<Message>] {
        guard case .history(var model) = screen else { return [] }
        defer { screen = .history(model) }
        if let services = environment.history { model.now = services.wallClock() }
        switch message {
        case .loaded(let snapshot):
            model.loading = false
            model.sinceRefresh = 0
            model.path = snapshot.path
            model.state.apply(.loaded(entries: snapshot.entries, notes: snapshot.notes, targets: snapshot.targets))
            return refreshHistory(&model)
        case .answered(let generation, let query, let statuses, let date):
            model.state.apply(.answered(generation: generation, query, statuses, at: date))
        case .failed(let generation, let query, let reason, let date):
            model.state.apply(.failed(generation: generation, query, reason: reason, at: date))
        case .finished(let generation, let date):
            model.state.apply(.refreshFinished(generation: generation, at: date))
            model.sinceRefresh = 0
        }
        return []
    }

    // MARK: Keys

    mutating func handleHistory(_ input: InputEvent, _ model: inout HistoryModel) -> [Command<Message>] {
        if var finding = model.finding {
            switch input {
            case .key(.enter):
                model.finding = nil
            case .key(.escape):
                model.finding = nil
                model.state.apply(.filter(""))
            case .key(.up), .key(.down):
                model.state.apply(.moveSelection(input == .key(.up) ? -1 : 1))
            default:
                if finding.handle(input) == .changed { model.state.apply(.filter(finding.text)) }
                model.finding = finding
            }
            return []
        }
        guard case .key(let key) = input, let command = Self.historyKeys.action(for: key) else { return [] }
        state.apply(.dismissNotice)
        let page = max(1, historyListHeight - 1)
        switch command {
        case .back:
            if !model.state.filter.isEmpty {
                model.state.apply(.filter(""))
                return []
            }
            return closeHistory()
        case .up, .down, .pageUp, .pageDown:
            let offset = command == .up ? -1 : command == .down ? 1 : command == .pageUp ? -page : page
            model.state.apply(.moveSelection(offset))
            if model.code != nil { showCode(&model) }
        case .first, .last:
            model.state.apply(.select(command == .first ? 0 : model.state.visible.count - 1))
            if model.code != nil { showCode(&model) }
        case .find:
            model.code = nil
            model.finding = TextInput(model.state.filter, placeholder: "part of a request id, a profile or an address")
        case .refresh:
            guard model.state.isLoaded else { return [] }
            if model.loading || model.state.refreshing != nil {
                state.apply(.notify(Notice(.info, "Already asking; the answers appear as they come.")))
                return []
            }
            return reloadHistory(&model)
        case .code:
            if model.code != nil { model.code = nil } else { showCode(&model) }
        case .copy:
            guard let row = model.state.selectedRow else { return [] }
            guard let uri = row.entry.redirectURI else {
                state.apply(.notify(Notice(.warning, "\(row.id) has no link in the history: the server did not take it.")))
                return []
            }
            state.apply(.notify(Notice(.info, "Copied the link of \(row.id) to the clipboard.")))
            return [.copyToClipboard(uri)]
        case .open:
            guard let row = model.state.selectedRow, let uri = row.entry.redirectURI, let services = environment.services else {
                return []
            }
            let opened = services.openURL(uri)
            state.apply(.notify(Notice(opened ? .info : .warning,
                                       opened ? "Opened the link of \(row.id) in the browser." : "No desktop browser here; C copies the link instead.")))
        case .draft:
            guard let row = model.state.selectedRow else { return [] }
            return reopenDraft(of: row.id)
        case .resubmit:
            guard let row = model.state.selectedRow else { return [] }
            return resubmit(row, at: model.now)
        case .help:
            overlay = .help(HelpOverlay(title: "Keys — sent requests", sections: [Self.historyKeys.help, LoopKeys.help]))
        case .quit:
            saveDraftNow()
            return [.requestQuit]
        }
        return []
    }

    /// Rows the list shows at the current size.
    var historyListHeight: Int {
        max(3, HistoryLayout(size: size).list.height - 3)
    }

    private mutating func showCode(_ model: inout HistoryModel) {
        guard let row = model.state.selectedRow else { return }
        guard let uri = row.entry.redirectURI else {
            model.code = nil
            state.apply(.notify(Notice(.warning, "\(row.id) has no link in the history: the server did not take it.")))
            return
        }
        if model.code?.id != row.id || model.code?.uri != uri { model.code = HistoryModel.ShownCode(id: row.id, uri: uri, qr: QRCode(uri)) }
    }

    // MARK: Drafts and resubmission

    /// Opens the draft of `requestID` in the composer, when it is still kept.
    private mutating func reopenDraft(of requestID: String) -> [Command<Message>] {
        if state.document.requestID == requestID {
            state.apply(.notify(Notice(.info, "\(requestID) is the document open in the composer.")))
            return closeHistory()
        }
        guard let draft = findDraft(requestID) else { return [] }
        let commands = closeHistory() + apply(.replaceDocument(draft.document))
        state.apply(.notify(Notice(.info, "Opened the draft of \(requestID). Ctrl-Z goes back to the previous document.")))
        return commands
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
    private mutating func resubmit(_ row: TrackedSubmission, at now: Date) -> [Command<Message>] {
        guard row.canResubmit(at: now) else {
            let why: String
            switch row.verdict(at: now) {
            case .verified: why = "the holder has accepted it"
            case .incomplete: why = "it is still waiting for the holder; C copies its link to send them again"
            case .checking: why = "its status is not known yet"
            default: why = "its status is not known, so it may still be accepted"
            }
            state.apply(.notify(Notice(.info, "\(row.id) is not sent again: \(why).")))
            return []
        }
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
        let commands = closeHistory() + apply(.replaceDocument(draft.document.reissued(as: newID)))
        openSubmitScreen()
        if case .compose = screen { return commands }
        state.apply(.notify(Notice(.info, "\(newID) is \(row.id) sent again as a new request; Enter sends it.")))
        return commands
    }
}
