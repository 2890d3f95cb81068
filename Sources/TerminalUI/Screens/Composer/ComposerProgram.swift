import ComposerKit
import PassCore

/// The composer: the outline of the document on the left, the form of the
/// selected credential in the middle, the exact body that will be sent on the
/// right (or in place of the form on narrow terminals), live validation
/// after every key.
public struct ComposerProgram: Program, Sendable {
    public enum Message: Sendable {
        case draftSaved(revision: Int)
        case draftFailed(String)
        /// An event of submission run `run`.
        case flow(run: Int, SubmissionFlow.Event)
        /// An event of a single-file retry within submission run `run`.
        case upload(run: Int, UploadEvent)
        /// A single-file retry ended; its outcome for the history.
        case retried(run: Int, UploadResult)
        /// Submission run `run` could not start (no client).
        case flowFailed(run: Int, String)
        case faults([DemoFault])
        /// Work of the history screen.
        case history(HistoryMessage)
    }

    enum Pane: Hashable, Sendable { case outline, form, preview }

    /// Which screen is showing.
    enum Screen: Sendable {
        case compose
        case submit(SubmitModel)
        case faults(FaultsMenu)
        case endpoints(EndpointMenu)
        case history(HistoryModel)
    }

    public internal(set) var state: ComposerState
    let environment: ComposerEnvironment
    public let theme: Theme

    var pane: Pane = .form
    var rows: [FormRow] = []
    var focusIndex = 0
    var editor: FieldEditor?
    /// Candidates of the last path completion, shown under the field.
    var completions: [String] = []
    var formTop = 0
    var previewShown = false
    var previewTop = 0
    /// Set when the user scrolled the preview; following the focused field stops until focus moves.
    var previewPinned = false
    var overlay: ComposerOverlay?
    var size = Size(width: 100, height: 30)
    var draftInFlight = false
    var draftProblem: String?
    var screen: Screen = .compose
    /// Where submissions go now.
    var endpoint: EndpointChoice?
    /// Counts submission runs, so messages of an abandoned run are ignored.
    var runCounter = 0
    /// Advances animations (spinners) on ticks.
    var phase = 0

    /// - Parameters:
    ///   - document: what to show first.
    ///   - resumable: a draft from an earlier session to offer.
    ///   - notices: messages for the status line (a corrupt draft moved aside…).
    ///   - newFile: the document is new, to be saved at its `filePath`, which does not exist yet.
    public init(document: ComposerDocument, environment: ComposerEnvironment, theme: Theme = .fallback,
                ids: IDSource = .random, resumable: Draft? = nil, notices: [String] = [], newFile: Bool = false) {
        self.state = ComposerState(document: document, ids: ids)
        self.environment = environment
        self.theme = theme
        self.endpoint = environment.services?.endpoints().first
        refreshRows(keepingRowID: nil)
        syncFocusFromState()
        inspectAllAssetFiles()
        if let notice = notices.first {
            state.apply(.notify(Notice(.warning, notice)))
        } else if newFile, let path = document.filePath {
            state.apply(.markUnsaved)
            state.apply(.notify(Notice(.info, "\(path) does not exist yet: a new \(document.kind.noun), saved there with F2.")))
        } else if let path = document.filePath, !path.isEmpty {
            state.apply(.notify(openedNotice(path)))
        }
        // What went wrong at start (a draft moved aside, a theme not used) is said in a dialog:
        // the status line alone is easy to miss, and the next key replaces it.
        if let resumable {
            let message = ([Self.describe(resumable)] + notices).joined(separator: "\n\n")
            overlay = .confirm(.resumeDraft(resumable), Dialog(
                title: "Resume your draft?", message: message,
                buttons: ["Resume", "Start new"], selected: 0, cancelIndex: 1))
        } else if !notices.isEmpty {
            overlay = .message(Dialog(title: "Before you start", message: notices.joined(separator: "\n\n"), buttons: ["OK"]))
        }
    }

    static func describe(_ draft: Draft) -> String {
        let document = draft.document
        let credentials = document.items.filter { $0 != .holder }.count
        let name = document.holderName.isEmpty ? "no holder's name yet" : document.holderName
        var text = "\(document.kind.title) \(document.requestID) for \(name)"
        if document.kind == .batch { text += ", \(credentials) credential" + (credentials == 1 ? "" : "s") }
        if let file = document.filePath { text += ", from \(file)" }
        return text + "; last changed \(ComposerEnvironment.readableTime(draft.savedAt))."
    }

    public var tickInterval: Duration? {
        if let interval = historyTickInterval { return interval }
        if case .submit(let model) = screen, model.state.isRunning { return .milliseconds(100) }
        return state.revision != state.savedDraftRevision && environment.drafts != nil ? .milliseconds(200) : nil
    }

    public var unsavedWorkQuestion: String? {
        if case .submit(let model) = screen, model.state.isRunning {
            return "Files are still uploading; quitting stops them and the history records what arrived. Quit anyway?"
        }
        guard state.hasUnsavedChanges else { return nil }
        let kept = environment.drafts == nil ? "" : " Your draft keeps them for next time."
        return "The document has changes not saved to a file.\(kept) Quit anyway?"
    }

    var focusedRow: FormRow? { rows.indices.contains(focusIndex) ? rows[focusIndex] : nil }

    // MARK: Update

    public mutating func update(_ event: Event<Message>) -> [Command<Message>] {
        var commands: [Command<Message>] = []
        switch event {
        case .resize(let newSize):
            size = newSize
        case .tick:
            phase += 1
            commands += historyTick()
        case .message(let message):
            commands += receive(message)
        case .paste(let text) where !isComposing:
            commands += handleScreenInput(.paste(text))
        case .key(let key) where !isComposing && overlay == nil:
            commands += handleScreenInput(.key(key))
        case .paste(let text):
            if overlay != nil {
                commands += handleOverlay(.paste(text))
            } else if pane == .form {
                state.apply(.dismissNotice)
                editFocused(.paste(text))
            }
        case .key(let key):
            if overlay != nil {
                commands += handleOverlay(.key(key))
            } else {
                // A notice answers the last key; the next one brings back the field's own help and findings.
                state.apply(.dismissNotice)
                commands += handle(key)
            }
        }
        // After every event, ticks included: a draft save may have come due.
        commands += saveDraftIfDue()
        return commands
    }

    private mutating func receive(_ message: Message) -> [Command<Message>] {
        switch message {
        case .draftSaved(let revision):
            draftInFlight = false
            draftProblem = nil
            state.apply(.draftSaved(revision: revision))
        case .draftFailed(let reason):
            draftInFlight = false
            if draftProblem == nil {
                state.apply(.notify(Notice(.error, "The draft could not be saved: \(reason)")))
            }
            draftProblem = reason
        case .flow, .upload, .retried, .flowFailed, .faults:
            if case .flow(let run, .accepted) = message, case .submit(let model) = screen, model.run == run {
                keepDraftOfSentDocument()
            }
            return receiveSubmission(message)
        case .history(let message):
            return receiveHistory(message)
        }
        return []
    }

    var isComposing: Bool {
        if case .compose = screen { return true }
        return false
    }

    /// Starts writing the draft when one is due and none is being written.
    private mutating func saveDraftIfDue() -> [Command<Message>] {
        guard let store = environment.drafts, !draftInFlight, state.isDraftSaveDue(at: environment.now()) else { return [] }
        draftInFlight = true
        let draft = Draft(document: state.document, savedAt: environment.wallClock(), savedToFile: state.isSavedToFile)
        let revision = state.revision
        return [.perform { poster in
            do {
                try store.save(draft)
                poster.post(.draftSaved(revision: revision))
            } catch {
                poster.post(.draftFailed("\(error)"))
            }
        }]
    }

    /// Writes the draft now: before quitting, and after saving to a file (so that
    /// the draft says the file holds everything). `force` writes it even when
    /// the draft already holds this revision.
    mutating func saveDraftNow(force: Bool = false) {
        guard let store = environment.drafts, force || state.revision != state.savedDraftRevision else { return }
        do {
            try store.save(Draft(document: state.document, savedAt: environment.wallClock(), savedToFile: state.isSavedToFile))
            state.apply(.draftSaved(revision: state.revision))
        } catch {
            draftProblem = "\(error)"
        }
    }

    /// Quitting: a document its file holds entirely needs no draft; anything else keeps one.
    mutating func settleDraftBeforeQuitting() {
        guard let store = environment.drafts else { return }
        if state.isSavedToFile {
            store.discard(Draft(document: state.document, savedAt: environment.wallClock()))
        } else {
            saveDraftNow()
        }
    }

    private mutating func handle(_ key: Key) -> [Command<Message>] {
        let acceptsText = pane == .form && (editor?.acceptsText ?? false)
        if pane == .form, key == .tab, case .assetFile? = focusedRow?.control, completeFocusedPath() {
            return []
        }
        if let command = Self.keys.action(for: key), !(key.text != nil && acceptsText) {
            return perform(command)
        }
        if key == .escape {
            pane = .outline
            return []
        }
        switch pane {
        case .outline: handleOutline(key)
        case .form: handleForm(key)
        case .preview: handlePreview(key)
        }
        return []
    }

    private mutating func handleOutline(_ key: Key) {
        let items = state.document.items
        guard !items.isEmpty else { return }
        switch key {
        case .enter, .right:
            pane = .form
        case .home:
            select(items[0])
        case .end:
            select(items[items.count - 1])
        case .delete:
            _ = perform(.delete)
        default:
            break
        }
    }

    private mutating func handlePreview(_ key: Key) {
        let lines = previewLineCount
        let height = max(1, layout.previewBody.height)
        switch key {
        case .pageUp: previewTop = max(0, previewTop - height)
        case .pageDown: previewTop = max(0, min(lines - height, previewTop + height))
        case .home: previewTop = 0
        case .end: previewTop = max(0, lines - height)
        default: return
        }
        previewPinned = true
    }

    private mutating func handleForm(_ key: Key) {
        guard let row = focusedRow else { return }
        switch row.control {
        case .record(let list, let index):
            switch key {
            case .enter, .right: moveFocus(by: 1)
            case .delete: apply(.removeListElement(list, index))
            default: break
            }
            return
        case .add(let list, _):
            if key == .enter || key == .char(" ") {
                apply(.addListElement(list))
                syncFocusFromState()
            }
            return
        case .unknownKey:
            if key == .delete { apply(.removeMember(row.path)) }
            return
        case .json:
            if key == .enter { openJSONEditor(row) }
            return
        case .openCertFile:
            if key == .enter, let path = editor?.text, !path.isEmpty {
                readOpenCert(path)
                return
            }
        case .assetFile:
            if key == .tab, completeFocusedPath() { return }
        default:
            break
        }
        if key == .tab || key == .backTab {
            moveFocus(by: key == .tab ? 1 : -1)
            return
        }
        let outcome = editFocused(.key(key))
        if outcome == .submitted { moveFocus(by: 1) }
    }

    /// Gives the input to the focused widget and writes a change back to the document.
    @discardableResult
    private mutating func editFocused(_ input: InputEvent) -> WidgetOutcome {
        guard let row = focusedRow, var editor else { return .ignored }
        let outcome = editor.handle(input)
        self.editor = editor
        guard outcome == .changed else { return outcome }
        completions = []
        switch (row.control, editor) {
        case (.assetFile(let assetID, _), .text(let input)):
            let path = input.text
            apply(.chooseAssetFile(assetID: assetID, path: path), keepEditor: true)
            if !path.isEmpty { inspect(assetID: assetID, path: path) }
        case (.openCertFile, _):
            break
        case (_, .text(let input)):
            apply(.setText(row.path, input.text), keepEditor: true)
        case (_, .date(let input)):
            apply(.setText(row.path, input.text), keepEditor: true)
        case (_, .choice(let choice)):
            apply(.setChoice(row.path, choice.value), keepEditor: true)
        case (_, .toggle(let toggle)):
            apply(.setBool(row.path, toggle.value), keepEditor: true)
        }
        return outcome
    }

    // MARK: Commands

    mutating func perform(_ command: ComposerCommand) -> [Command<Message>] {
        switch command {
        case .help:
            overlay = .help(HelpOverlay(title: "Keys — composer", sections: helpSections))
        case .palette:
            overlay = .palette(CommandPalette())
        case .quit:
            settleDraftBeforeQuitting()
            return [.requestQuit]
        case .nextField:
            if pane == .outline { selectAdjacent(1) } else if pane == .preview { scrollPreview(1) } else { moveFocus(by: 1) }
        case .previousField:
            if pane == .outline { selectAdjacent(-1) } else if pane == .preview { scrollPreview(-1) } else { moveFocus(by: -1) }
        case .nextPane, .previousPane:
            cyclePane(forward: command == .nextPane)
        case .nextProblem, .previousProblem:
            state.apply(command == .nextProblem ? .focusNextProblem : .focusPreviousProblem, at: environment.now())
            refreshRows(keepingRowID: nil)
            syncFocusFromState()
            if !state.findings.isEmpty, pane != .form {
                pane = .form
                if !isWide { previewShown = false }
            }
        case .add:
            if state.document.kind == .batch {
                overlay = .addMenu(AddMenu(entry: pane == .form ? focusedListDescription : nil))
            } else if pane == .form, let list = focusedList {
                apply(.addListElement(list.path))
                syncFocusFromState()
            } else {
                state.apply(.notify(Notice(.info, "A \(state.document.kind.noun) holds one credential; F7 adds list entries (employment, partner_chain).")))
            }
        case .addEntry:
            if pane == .form, let list = focusedList {
                apply(.addListElement(list.path))
                syncFocusFromState()
            } else {
                state.apply(.notify(Notice(.info, "Insert adds an entry to the list the focus is in (partner chain, files, majors, employment); F7 adds a credential.")))
            }
        case .delete:
            if pane == .form, let list = focusedList, let entry = focusedListDescription {
                let count = state.document.value[path: list.path]?.arrayValue?.count ?? 0
                guard list.index < count else {
                    state.apply(.notify(Notice(.info, "Nothing to delete here: F8 deletes the \(entry.noun) the focus is on.")))
                    return []
                }
                apply(.removeListElement(list.path, list.index))
                syncFocusFromState()
                state.apply(.notify(Notice(.info, "Deleted \(entry.noun) \(list.index + 1) from \(entry.label). Ctrl-Z brings it back.")))
            } else if pane == .form, let row = focusedRow, row.control == .unknownKey {
                apply(.removeMember(row.path))
            } else if case .item = state.selection {
                apply(.deleteItem(state.selection))
                syncFocusFromState()
            } else {
                state.apply(.notify(Notice(.info, "The holder cannot be deleted; clear their fields instead.")))
            }
        case .duplicate:
            if pane == .form, let list = focusedList {
                apply(.duplicateListElement(list.path, list.index))
                syncFocusFromState()
            } else if case .item = state.selection {
                apply(.duplicateItem(state.selection))
                syncFocusFromState()
            }
        case .moveUp, .moveDown:
            let offset = command == .moveUp ? -1 : 1
            if pane == .form, let list = focusedList {
                let count = state.document.value[path: list.path]?.arrayValue?.count ?? 0
                let target = list.index + offset
                if target >= 0, target < count {
                    apply(.moveListElement(list.path, from: list.index, to: target))
                    syncFocusFromState()
                }
            } else if case .item = state.selection {
                apply(.moveItem(state.selection, by: offset))
                syncFocusFromState()
            }
        case .undo, .redo:
            apply(command == .undo ? .undo : .redo)
            syncFocusFromState()
        case .togglePreview:
            if isWide {
                pane = pane == .preview ? .form : .preview
            } else {
                previewShown.toggle()
                pane = previewShown ? .preview : .form
            }
        case .save:
            if let path = state.document.filePath { save(to: path, adopt: true) } else { overlay = .path(PathPrompt(.saveAs)) }
        case .saveAs:
            overlay = .path(PathPrompt(.saveAs, text: state.document.filePath ?? ""))
        case .open:
            overlay = .path(PathPrompt(.open))
        case .export:
            overlay = .path(PathPrompt(.export))
        case .copyAsCurl:
            overlay = .path(PathPrompt(.curlBody, text: "request-body.json"))
        case .newBatch, .newSingle, .newCareerHistory:
            let kind: PayloadKind = command == .newBatch ? .batch : (command == .newSingle ? .microcredential : .careerHistory)
            replaceDocument(Templates.newDocument(kind, ids: state.ids, requestIDPrefix: endpoint?.idPrefix ?? RequestID.defaultPrefix))
            state.apply(.notify(Notice(.info, "New \(kind.noun). Ctrl-Z goes back to the previous document.")))
        case .submit:
            openSubmitScreen()
        case .endpoints:
            openEndpointMenu()
        case .demoFaults:
            return openFaultsMenu()
        case .history:
            return openHistory()
        }
        return []
    }

    /// The list the focus is in, what one entry is called and the list's label (for menus and messages).
    var focusedListDescription: (list: JSONPath, noun: String, label: String)? {
        guard let list = focusedList?.path else { return nil }
        var noun = "entry"
        var label = list.lastKey ?? "the list"
        for row in rows where row.path == list {
            if case .add(_, let rowNoun) = row.control { noun = rowNoun }
            if row.control == .heading { label = row.label }
        }
        return (list, noun, label)
    }

    /// The list the focused row belongs to, and the entry's index in it.
    var focusedList: (path: JSONPath, index: Int)? {
        guard let row = focusedRow else { return nil }
        switch row.control {
        case .listEntry(let list, let index), .record(let list, let index): return (list, index)
        case .add(let list, _): return (list, state.document.value[path: list]?.arrayValue?.count ?? 0)
        default:
            // A field inside a record: the record's list.
            for candidate in rows[..<focusIndex].reversed() {
                if case .record(let list, let index) = candidate.control, row.path.hasPrefix(list.appending(index)) {
                    return (list, index)
                }
            }
            return nil
        }
    }

    // MARK: State changes

    /// Applies a composer action and re-derives rows, keeping the focused row.
    mutating func apply(_ action: ComposerAction, keepEditor: Bool = false) {
        let rowID = focusedRow?.id
        state.apply(action, at: environment.now())
        refreshRows(keepingRowID: rowID)
        if !keepEditor { rebuildEditor() }
    }

    mutating func replaceDocument(_ document: ComposerDocument) {
        state.apply(.replaceDocument(document), at: environment.now())
        refreshRows(keepingRowID: nil)
        syncFocusFromState()
        inspectAllAssetFiles()
        pane = .form
    }

    mutating func select(_ ref: ItemRef) {
        state.apply(.select(ref), at: environment.now())
        refreshRows(keepingRowID: nil)
        syncFocusFromState()
        formTop = 0
    }

    private mutating func selectAdjacent(_ offset: Int) {
        let items = state.document.items
        guard let current = items.firstIndex(of: state.selection) else { return }
        let target = current + offset
        guard items.indices.contains(target) else { return }
        select(items[target])
    }

    private mutating func scrollPreview(_ offset: Int) {
        previewTop = max(0, min(max(0, previewLineCount - 1), previewTop + offset))
        previewPinned = true
    }

    private mutating func cyclePane(forward: Bool) {
        var order: [Pane] = [.outline, .form]
        if isWide || previewShown { order.append(.preview) }
        if !isWide && previewShown { order.removeAll { $0 == .form } }
        let index = order.firstIndex(of: pane) ?? 0
        pane = order[(index + (forward ? 1 : order.count - 1)) % order.count]
    }

    /// Recomputes the rows; keeps focus on the row with `rowID` when it still exists.
    mutating func refreshRows(keepingRowID rowID: String?) {
        rows = state.rows
        if let rowID, let index = rows.firstIndex(where: { $0.id == rowID }) {
            focusIndex = index
        } else {
            focusIndex = min(focusIndex, max(0, rows.count - 1))
        }
    }

    /// Moves focus to the row the state focuses (after a jump, an add, an undo).
    mutating func syncFocusFromState() {
        guard !rows.isEmpty else { editor = nil; return }
        if var path = state.focus {
            while true {
                let exact = rows.indices.filter { rows[$0].path == path && rows[$0].isFocusable }
                if let best = exact.first(where: { FieldEditor(row: rows[$0], value: nil, assetFile: nil) != nil }) ?? exact.first {
                    focusIndex = best
                    break
                }
                guard let parent = path.parent else {
                    focusIndex = rows.firstIndex(where: \.isFocusable) ?? 0
                    break
                }
                path = parent
            }
        } else {
            focusIndex = rows.firstIndex(where: \.isFocusable) ?? 0
        }
        focusChanged()
    }

    mutating func moveFocus(by offset: Int) {
        guard !rows.isEmpty else { return }
        var index = focusIndex
        for _ in 0..<rows.count {
            index += offset
            guard rows.indices.contains(index) else { return }
            if rows[index].isFocusable { break }
        }
        guard rows.indices.contains(index), rows[index].isFocusable else { return }
        focusIndex = index
        focusChanged()
    }

    private mutating func focusChanged() {
        completions = []
        previewPinned = false
        if let row = focusedRow, state.focus != row.path {
            state.apply(.focus(row.path), at: environment.now())
        }
        rebuildEditor()
    }

    mutating func rebuildEditor() {
        guard let row = focusedRow else { editor = nil; return }
        var assetFile: String?
        if case .assetFile(let assetID, _) = row.control { assetFile = state.document.assetFiles[assetID] }
        let fresh = FieldEditor(row: row, value: state.document.value[path: row.path], assetFile: assetFile)
        if case .openCertFile? = Optional(row.control), case .text(let old)? = editor, fresh != nil {
            editor = .text(TextInput(old.text, placeholder: FieldEditor.example(row)))
            return
        }
        editor = fresh
    }

    // MARK: Files

    private mutating func inspect(assetID: String, path: String) {
        let inspection = environment.inspectFile(environment.absolute(path))
        state.apply(.fileInspected(assetID: assetID, inspection), at: environment.now())
        refreshRows(keepingRowID: focusedRow?.id)
    }

    mutating func inspectAllAssetFiles() {
        for (assetID, path) in state.document.assetFiles where !path.isEmpty {
            inspect(assetID: assetID, path: path)
        }
    }

    /// Completes the focused path field; false when nothing changed (Tab then moves on).
    private mutating func completeFocusedPath() -> Bool {
        guard case .text(var input)? = editor, !input.text.isEmpty else { return false }
        let result = environment.complete(input.text)
        completions = result.candidates.count > 1 ? result.candidates : []
        guard result.completed != input.text else { return !completions.isEmpty }
        input.text = result.completed
        editor = .text(input)
        if case .assetFile(let assetID, _)? = focusedRow?.control {
            apply(.chooseAssetFile(assetID: assetID, path: result.completed), keepEditor: true)
            inspect(assetID: assetID, path: result.completed)
        }
        return true
    }

    private mutating func readOpenCert(_ path: String) {
        do {
            let bytes = try environment.readFile(environment.absolute(path))
            let text = String(decoding: bytes, as: UTF8.self)
            apply(.setOpenCert(text: text, fromFile: path))
            state.apply(.notify(Notice(.info, "Read the OpenCert from \(path) (\(ByteCount.text(bytes.count))).")))
        } catch {
            state.apply(.notify(Notice(.error, "Could not read \(path): \(error)")))
        }
    }

    mutating func save(to path: String, adopt: Bool) {
        do {
            try environment.writeFile(state.body, environment.absolute(path))
            if adopt {
                state.apply(.markSaved(path: path))
                saveDraftNow(force: true)
            }
            let problems = state.errorCount == 0 ? "" : " It has \(state.errorCount) error\(state.errorCount == 1 ? "" : "s") to fix before sending."
            state.apply(.notify(Notice(state.errorCount == 0 ? .info : .warning,
                                       "Saved \(ByteCount.text(state.body.count)) to \(path).\(problems)")))
        } catch {
            state.apply(.notify(Notice(.error, "Could not save to \(path): \(error)")))
        }
    }

    mutating func open(_ path: String) {
        let absolute = environment.absolute(path)
        let bytes: [UInt8]
        do {
            bytes = try environment.readFile(absolute)
        } catch {
            overlay = .message(Dialog(title: "Not opened", message: "\(error)", buttons: ["OK"]))
            return
        }
        do {
            let file = try PayloadFile.parse(bytes, name: path)
            replaceDocument(ComposerDocument.opened(file.value, kind: file.kind, filePath: path))
            state.apply(.notify(openedNotice(path)))
        } catch {
            overlay = .message(Dialog(title: "Not opened", message: error.description, buttons: ["OK"]))
        }
    }

    /// What the status line says about a file just opened.
    func openedNotice(_ path: String) -> Notice {
        let errors = state.errorCount, warnings = state.warningCount
        if errors + warnings == 0 {
            return Notice(.info, "Opened \(path): a valid \(state.document.kind.noun).")
        }
        return Notice(errors > 0 ? .error : .warning,
                      "Opened \(path) with \(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s"); F4 goes to each.")
    }

    private mutating func openJSONEditor(_ row: FormRow) {
        let current = state.document.value[path: row.path]
        let text = current.map { JSONWriter.string($0).trimmingTrailingNewline } ?? Self.transcriptTemplate
        overlay = .json(JSONEditor(path: row.path, label: row.label, area: TextArea(text, viewportHeight: 10)))
    }

    static let transcriptTemplate = """
        {
          "overall": {"issuance_date": "", "score": ""},
          "subjects": [
            {"name": "", "code": "", "grade": "", "completion_date": ""}
          ]
        }
        """

    // MARK: Layout helpers

    var isWide: Bool { size.width >= 140 }
    var layout: ComposerLayout { ComposerLayout(size: size, wide: isWide, previewShown: previewShown) }

    var previewLineCount: Int { state.bodyLineStarts.count }

    var helpSections: [HelpSection] {
        var sections = [Self.keys.help, LoopKeys.help]
        if pane == .form, let editor {
            var section = editor.keyHelp
            section.title += " (focused)"
            sections.append(section)
        }
        sections += [Self.listHelp, Self.partnerChainHelp, Self.outlineHelp, Self.previewHelp, Self.jsonEditorHelp]
        return sections
    }
}
