import ComposerKit
import PassCore

/// The composer as a full-screen program: a router over its screens (compose, submit, sent
/// requests, the faults and endpoint menus) and the overlays over them (help, the palette,
/// the question being asked). It owns no fact of the document: ComposerKit's
/// ``ComposerState`` does. Keys become ``ComposerAction``s; the effects those return are
/// performed at this edge by ``ComposerRunner`` and come back as actions.
public struct ComposerProgram: Program, Sendable {
    public enum Message: Sendable {
        /// The result of a composer effect performed off the loop (a draft written or not).
        case composer(ComposerAction)
        /// Work of the submit screen.
        case submit(SubmitMessage)
        /// The embedded sandbox's faults, as read for the faults menu.
        case faults([DemoFault])
        /// Work of the history screen.
        case history(HistoryMessage)
    }

    /// Which screen is showing.
    enum Screen: Sendable {
        case compose
        case submit(SubmitScreen)
        case faults(FaultsMenu)
        case endpoints(EndpointMenu)
        case history(HistoryScreen)
    }

    /// The composer's state: the document, the focus, the text being edited, the question asked.
    public internal(set) var state: ComposerState
    let environment: ComposerEnvironment
    let runner: ComposerRunner
    /// Performs what the screens other than compose ask for.
    let screenRunner: ScreenRunner
    public let theme: Theme
    /// The keys in effect: the defaults with config.toml's remapping (``ComposerKeyMap``).
    let keys: KeyTable<ComposerCommand>

    /// The compose screen's own view: panes, the preview's scroll, its menus and prompts.
    var compose = ComposeScreen()
    /// Help or the palette, over whichever screen shows.
    var overlay: ComposerOverlay?
    /// The answer highlighted in the question being asked.
    var questionChoice = 0
    var size = Size(width: 100, height: 30)
    var screen: Screen = .compose
    /// Where submissions go now.
    var endpoint: EndpointChoice?
    /// Counts submission runs, so messages of an abandoned run are ignored.
    var runCounter = 0
    /// Advances animations (spinners) on ticks.
    var phase = 0

    /// - Parameters:
    ///   - document: what to show first.
    ///   - drafts: the drafts kept from earlier sessions (newest first) and where each is: with
    ///     `recentFiles`, offered in a list before anything else.
    ///   - notices: messages for the status line (a corrupt draft moved aside…).
    ///   - keys: the keys in effect (the defaults, or config.toml's remapping).
    ///   - newFile: the document is new, to be saved at its `filePath`, which does not exist yet.
    public init(document: ComposerDocument, environment: ComposerEnvironment, theme: Theme = .fallback,
                keys: KeyTable<ComposerCommand> = ComposerProgram.keys,
                ids: IDSource = .random, drafts: [(Draft, path: String)] = [], recentFiles: [String] = [],
                notices: [String] = [], newFile: Bool = false) {
        self.state = ComposerState(document: document, ids: ids, keepsDrafts: environment.drafts != nil)
        self.environment = environment
        self.runner = ComposerRunner(environment: environment)
        self.screenRunner = ScreenRunner(environment: environment)
        self.theme = theme
        self.keys = keys
        self.endpoint = environment.services?.endpoints().first
        state.curlBaseURL = environment.endpointURL
        state.draftsFolder = environment.drafts?.directory
        perform(state.inspectAllAssetFiles())
        if let path = document.filePath, !path.isEmpty, !newFile { perform([.recallFiles(file: path)]) }
        defer {
            // A draft of the file given that holds more than the file: offered before anything else.
            if let path = document.filePath, !path.isEmpty, !newFile { perform([.findDraft(file: path), .rememberOpened(file: path)]) }
        }
        if let notice = notices.first {
            state.apply(.notify(Notice(.warning, notice)))
        } else if newFile, let path = document.filePath {
            state.apply(.markUnsaved)
            state.apply(.notify(Notice(.info, "\(path) does not exist yet: a new \(document.kind.noun), saved there with F2.")))
        } else if let path = document.filePath, !path.isEmpty {
            state.apply(.notify(state.openedNotice(path)))
        }
        // What went wrong at start (a draft moved aside, a theme not used) is said in a dialog:
        // the status line alone is easy to miss, and the next key replaces it.
        if !drafts.isEmpty || !recentFiles.isEmpty {
            compose.overlay = .start(StartList(drafts: drafts.map { StartList.Kept(draft: $0.0, path: $0.path) },
                                               recent: recentFiles, newKind: document.kind, now: environment.wallClock(),
                                               home: environment.homeDirectory))
        }
        if !notices.isEmpty {
            state.ask(Question(.message, title: "Before you start", message: notices.joined(separator: "\n\n"), answers: ["OK"]))
        }
    }

    public var tickInterval: Duration? {
        if case .history(let history) = screen, environment.history != nil { return history.tickInterval }
        if case .submit(let model) = screen, model.state.isRunning { return .milliseconds(100) }
        return state.isWaitingForTime ? .milliseconds(100) : nil
    }

    public var unsavedWorkQuestion: String? {
        if case .submit(let model) = screen, model.state.isRunning {
            return "Files are still uploading; quitting stops them and the history records what arrived. Quit anyway?"
        }
        return nil
    }

    /// Quitting asks the composer's own question (save, keep as draft, discard) when changes
    /// are unsaved; asked again (a second Ctrl-C), it quits keeping the draft.
    public mutating func quitRequested() -> [Command<Message>]? {
        if case .submit(let model) = screen, model.state.isRunning { return nil }
        if case .leave(.quit, _)? = state.question?.purpose {
            settleDraftBeforeQuitting()
            return [.quit(exitCode: 0)]
        }
        saveDraftNow()
        return apply(.leave(.quit))
    }

    /// The compose screen shows (no other screen over it).
    var isComposing: Bool {
        if case .compose = screen { return true }
        return false
    }

    // MARK: Update

    public mutating func update(_ event: Event<Message>) -> [Command<Message>] {
        var commands: [Command<Message>] = []
        let asked = state.question
        switch event {
        case .resize(let newSize):
            size = newSize
            if case .history(var history) = screen {
                history.size = newSize
                screen = .history(history)
            }
        case .tick:
            phase += 1
            commands += historyTick()
            commands += apply(.clock)
        case .message(let message):
            commands += receive(message)
        case .key, .paste:
            guard let input = event.input else { break }
            commands += handle(input)
        }
        if state.question != asked, let question = state.question { questionChoice = question.defaultAnswer }
        return commands
    }

    private mutating func handle(_ input: InputEvent) -> [Command<Message>] {
        if state.question != nil { return answerQuestion(input) }
        if overlay != nil { return handleOverlay(input) }
        guard isComposing else { return handleScreenInput(input) }
        if compose.overlay != nil { return handleComposeOverlay(input) }
        // A notice answers the last key; the next one brings back the field's own help and findings.
        state.apply(.dismissNotice)
        return handleCompose(input)
    }

    private mutating func receive(_ message: Message) -> [Command<Message>] {
        switch message {
        case .composer(let action):
            return apply(action)
        case .submit(let message):
            let now = environment.now()
            return updateSubmit { $0.receive(message, now: now) }
        case .faults(let faults):
            if case .faults(var menu) = screen {
                menu.receive(faults)
                screen = .faults(menu)
            }
            return []
        case .history(let message):
            let now = screenRunner.historyNow
            return updateHistory { $0.receive(message, now: now ?? $0.now) }
        }
    }

    // MARK: The question being asked

    private mutating func answerQuestion(_ input: InputEvent) -> [Command<Message>] {
        guard let question = state.question else { return [] }
        var dialog = questionDialog(question)
        let outcome = dialog.handle(input)
        questionChoice = dialog.selected
        switch outcome {
        case .submitted:
            return apply(.answer(dialog.selected))
        case .cancelled:
            return apply(.answer(question.cancelAnswer))
        default:
            return []
        }
    }

    func questionDialog(_ question: Question) -> Dialog {
        var dialog = Dialog(title: question.title, message: question.message, buttons: question.answers,
                            selected: questionChoice, cancelIndex: question.cancelAnswer)
        if question.isVerbatim {
            // The text keeps its lines, so that it can be copied from the screen as it is.
            dialog.textWidth = question.message.split(separator: "\n").map { TextLayout.width(String($0)) }.max() ?? dialog.textWidth
        }
        return dialog
    }

    // MARK: Effects

    /// Applies `action` to the composer's state and performs what it asks for.
    @discardableResult
    mutating func apply(_ action: ComposerAction) -> [Command<Message>] {
        perform(state.apply(action, at: environment.now()))
    }

    /// Performs effects: quick ones (a look at a file, a read, a write) at once, feeding
    /// their results back until nothing is left; slow ones (the draft) off the loop.
    @discardableResult
    mutating func perform(_ effects: [ComposerEffect]) -> [Command<Message>] {
        var queue = effects
        var commands: [Command<Message>] = []
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if case .askForPath = effect {
                compose.overlay = .path(PathPrompt(.saveAs, text: state.document.filePath ?? ""))
            } else if case .end = effect {
                settleDraftBeforeQuitting()
                commands.append(.quit(exitCode: 0))
            } else if ComposerRunner.isSlow(effect) {
                let runner = self.runner
                commands.append(.perform { poster in
                    if let action = runner.perform(effect) { poster.post(.composer(action)) }
                })
            } else if let action = runner.perform(effect) {
                queue += state.apply(action, at: environment.now())
            }
        }
        return commands
    }

    /// Looks at every chosen file now (after files were chosen from outside the keys).
    mutating func inspectAllAssetFiles() {
        perform(state.inspectAllAssetFiles())
    }

    /// Writes the draft now, on this thread: before quitting.
    mutating func saveDraftNow() {
        guard state.keepsDrafts, state.revision != state.savedDraftRevision else { return }
        if let action = runner.perform(.writeDraft(state.document, savedToFile: state.isSavedToFile, revision: state.revision)) {
            state.apply(action, at: environment.now())
        }
    }

    /// Quitting: a document its file holds entirely needs no draft of this session's (the
    /// files chosen for its assets are remembered beside it); anything else keeps one. A draft
    /// from an earlier session that the user opened the file past stays: only a save or the
    /// user's discard removes it.
    mutating func settleDraftBeforeQuitting() {
        if state.isSavedToFile, let file = state.document.filePath {
            _ = runner.perform(.rememberFiles(file: file, state.document.assetFiles))
        }
        guard state.keepsDrafts else { return }
        if state.isSavedToFile {
            if state.draftWrittenRevision != nil { _ = runner.perform(.discardDraft(state.document)) }
        } else {
            saveDraftNow()
        }
    }

    /// Keeps the draft of a document the server has taken, so that the history can re-open it
    /// or send it again later.
    mutating func keepDraftOfSentDocument() {
        guard state.keepsDrafts else { return }
        if let action = runner.perform(.writeDraft(state.document, savedToFile: false, revision: state.revision)) {
            state.apply(action, at: environment.now())
        }
    }

    // MARK: Layout helpers

    var isWide: Bool { size.width >= 140 }
    var layout: ComposerLayout {
        ComposerLayout(size: size, wide: isWide, previewShown: compose.previewShown, previewWants: previewWants)
    }

    /// The preview's frame wide enough for its longest line: the line, its number and the borders.
    var previewWants: Int {
        state.bodyWidestLine + String(state.bodyLineStarts.count).count + 1 + 2 + 1
    }
    var previewLineCount: Int { state.bodyLineStarts.count }
}
