import ComposerKit
import Foundation
import PassCore

/// The router's side of the submit screen: opening it, handing it keys and messages, and
/// doing what it asks.
extension ComposerProgram {
    /// F10: the submit screen, when the document has no errors and its files are ready.
    mutating func openSubmitScreen() {
        switch SubmissionReadiness.check(state, environment: environment, services: environment.services,
                                         hasEndpoint: endpoint != nil) {
        case .refused(let refusal):
            state.apply(.notify(Notice(.error, refusal.text(reachEach: "F4 goes to each"))))
        case .ready(let summary, let files):
            guard let endpoint else { return }
            runCounter += 1
            state.apply(.dismissNotice)
            screen = .submit(SubmitScreen(state: SubmissionState(summary: summary), endpoint: endpoint, document: state.document,
                                          body: state.body, run: runCounter, files: files))
        }
    }

    /// Changes the submit screen, when it shows, and does what it asks; its runs count on from ``runCounter``.
    mutating func updateSubmit(_ change: (inout SubmitScreen) -> [SubmitEffect]) -> [Command<Message>] {
        guard case .submit(var submit) = screen else { return [] }
        let effects = change(&submit)
        screen = .submit(submit)
        runCounter = max(runCounter, submit.run)
        return carryOut(effects)
    }

    private mutating func carryOut(_ effects: [SubmitEffect]) -> [Command<Message>] {
        var commands: [Command<Message>] = []
        for effect in effects {
            switch effect {
            case .start(let order):
                if let command = screenRunner.start(order) { commands.append(command) }
            case .retry(let job, let run, let endpoint):
                if let command = screenRunner.retry(job, run: run, endpoint: endpoint) { commands.append(command) }
            case .stop(let assetIDs):
                commands += screenRunner.stop(assetIDs: assetIDs)
            case .complete(let typed):
                let completed = screenRunner.complete(typed)
                let now = environment.now()
                commands += updateSubmit { $0.receive(completed, now: now) }
            case .check(let declaration, let path):
                guard let checked = screenRunner.check(declaration, path: path) else { break }
                let now = environment.now()
                commands += updateSubmit { $0.receive(checked, now: now) }
            case .chooseFile(let assetID, let path):
                commands += apply(.chooseAssetFile(assetID: assetID, path: path))
                if let inspected = runner.perform(.inspectFile(assetID: assetID, path: path)) { commands += apply(inspected) }
            case .record(let entry):
                screenRunner.record(entry)
            case .copy(let text):
                commands.append(.copyToClipboard(text))
            case .open(let url, let opened):
                announceOpened(screenRunner.open(url), opened)
            case .notify(let notice):
                state.apply(.notify(notice))
            case .dismissNotice:
                state.apply(.dismissNotice)
            case .keepDraft:
                keepDraftOfSentDocument()
            case .serverFindings(let findings):
                commands += apply(.setServerFindings(findings))
            case .close:
                screen = .compose
            case .openHistory:
                commands += openHistory()
            case .help:
                overlay = .help(HelpOverlay(title: "Keys — submit", sections: [SubmitScreen.keys.help, LoopKeys.help]))
            case .quit:
                // The loop asks the composer (``quitRequested()``), which writes the draft first.
                commands.append(.requestQuit)
            }
        }
        return commands
    }

    /// Before the process ends: the draft is written, and a submission cut
    /// short by quitting is recorded in the history with the files that arrived.
    public mutating func willQuit() {
        saveDraftNow()
        guard case .submit(let submit) = screen, submit.state.isRunning,
            let entry = submit.interruptedEntry(submittedAt: ISO8601DateFormatter().string(from: Date()))
        else { return }
        screenRunner.record(entry)
    }
}
