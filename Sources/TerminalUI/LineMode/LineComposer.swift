import ComposerKit
import Foundation
import PassCore

/// The composer as plain lines, for screen readers and scripts: no screen, no cursor
/// movement, no colour. It walks the fields of the form one prompt at a time, takes a few
/// words in place of keys (``LineCommand``), and drives the same ``ComposerState`` with the
/// same actions as the full-screen composer.
public struct LineComposer {
    /// The composer's state, as the line mode left it.
    public private(set) var state: ComposerState
    let environment: ComposerEnvironment
    let runner: ComposerRunner
    var endpoint: EndpointChoice?
    var echoes = false
    var lines: AsyncStream<String>.Iterator?
    let output: LineOutput
    /// The place whose description was said last: a prompt is described when the user
    /// arrives, not again after every word.
    var described: Place?
    /// The item whose name was said last.
    var announced: ItemRef?
    var outcome: LineOutcome?

    struct Place: Equatable {
        var selection: ItemRef
        var focus: Focus
        var rowCount: Int
    }

    /// - Parameters:
    ///   - resumable: a draft from an earlier session to offer first.
    ///   - notices: what went wrong at start (a draft moved aside), said first.
    ///   - newFile: the document is new, to be saved at its `filePath`, which does not exist yet.
    public init(document: ComposerDocument, environment: ComposerEnvironment, output: LineOutput,
                ids: IDSource = .random, resumable: Draft? = nil, notices: [String] = [], newFile: Bool = false) {
        state = ComposerState(document: document, ids: ids, keepsDrafts: environment.drafts != nil)
        state.curlBaseURL = environment.endpointURL
        state.draftsFolder = environment.drafts?.directory
        self.environment = environment
        runner = ComposerRunner(environment: environment)
        endpoint = environment.services?.endpoints().first
        self.output = output
        output.line("SEEK Pass composer, line mode. Type help at any prompt for the command words.")
        for notice in notices { output.line("Note: " + notice) }
        if newFile, let path = document.filePath {
            apply(.markUnsaved)
            output.line("A new \(document.kind.noun), to be saved in \(path), which does not exist yet.")
        } else if let path = document.filePath, !path.isEmpty {
            output.line("Opened \(path): \(Self.article(document.kind.noun)) \(document.kind.noun).")
        } else {
            output.line("A new \(document.kind.noun), request id \(document.requestID).")
        }
        if !environment.endpointLabel.isEmpty { output.line("Requests go to \(environment.endpointLabel).") }
        perform(state.inspectAllAssetFiles())
        if let path = document.filePath, !path.isEmpty, !newFile {
            // The files chosen last time, and a draft that holds more than the file (asked first).
            perform([.recallFiles(file: path), .findDraft(file: path), .rememberOpened(file: path)])
        }
        if let resumable {
            state.ask(Question(.resumeDraft(resumable), title: "Resume your draft?",
                               message: "A draft: " + resumable.summary(now: environment.wallClock()) + ".", answers: ["Resume", "Start new"]))
        }
    }

    /// Reads `input` until `done`, `quit` or its end.
    public mutating func run(_ input: LineInput) async -> LineOutcome {
        echoes = input.echoes
        lines = input.lines.makeAsyncIterator()
        outcome = nil
        while outcome == nil {
            if let question = state.question {
                switch await choose(question.title + " " + question.message, question.answers) {
                case .chosen(let index): apply(.answer(index))
                case .cancelled: apply(.answer(question.cancelAnswer))
                case .endOfInput: return finish(endOfInput: true)
                }
                sayNotice()
                continue
            }
            describeIfArrived()
            output.prompt(state.focusedRow.map { FieldPrompt(row: $0, number: 0, value: "").prompt } ?? "Command:")
            guard let line = await nextLine() else { return finish(endOfInput: true) }
            await handle(line)
            sayNotice()
            saveDraftIfChanged()
        }
        return outcome ?? finish(endOfInput: false)
    }

    // MARK: Lines

    /// The next line read, echoed when the input is not typed where the output shows.
    mutating func nextLine() async -> String? {
        guard let line = await lines?.next() else {
            output.write("\n")
            return nil
        }
        if echoes { output.line(TextSanitizer.sanitize(line)) }
        return line
    }

    enum Choice: Equatable {
        case chosen(Int)
        case cancelled
        case endOfInput
    }

    /// Asks for one of `options` by number; an empty answer cancels.
    mutating func choose(_ title: String, _ options: [String]) async -> Choice {
        output.line(title)
        output.line(FieldPrompt.numbered(options) + "; type a number.")
        while true {
            output.prompt("Number:")
            guard let line = await nextLine() else { return .endOfInput }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .cancelled }
            if let n = Int(text), options.indices.contains(n - 1) { return .chosen(n - 1) }
            if let i = options.firstIndex(where: { $0.lowercased() == text.lowercased() }) { return .chosen(i) }
            output.line("Type a number from 1 to \(options.count), or press Enter to cancel.")
        }
    }

    // MARK: Answers and words

    mutating func handle(_ line: String) async {
        if line.hasPrefix("\\") {
            answer(String(line.dropFirst()))
        } else if let command = LineCommand.parse(line) {
            await perform(command)
        } else if state.focusedRow != nil {
            answer(line)
        } else if let n = Int(line.trimmingCharacters(in: .whitespaces)) {
            edit(n)
        } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
            output.line("Type a field's number to edit it, list to hear the fields, or help for every word.")
        } else {
            output.line("That is not a command word here; help lists them.")
        }
    }

    /// An answer to the field being asked.
    mutating func answer(_ line: String) {
        guard let row = state.focusedRow else {
            output.line("No field is being asked; type a field's number first.")
            return
        }
        if line.trimmingCharacters(in: .whitespaces).isEmpty {
            advance()
            return
        }
        if case .record = row.control {
            // Typing on a record starts its first field, as on the full screen.
            apply(.input(.confirm))
            if state.focusedRow?.id != row.id, state.focusedRow?.textKind != nil {
                described = Place(selection: state.selection, focus: state.focus, rowCount: state.rows.count)
                answer(line)
            }
            return
        }
        let prompt = FieldPrompt(row: row, number: number(of: row) ?? 0, value: state.fieldText(of: row))
        switch prompt.actions(for: line) {
        case .failure(let problem):
            output.line(problem.text)
        case .success(let actions):
            let before = state.focus
            for action in actions { apply(action) }
            if case .assetFile = row.control { perform(state.inspectAllAssetFiles()) }
            if case .add = row.control {} else { sayFindings(at: row.path) }
            if state.focus == before, state.question == nil { advance() }
        }
    }

    /// On to the next field; after the last one, back to the command prompt.
    mutating func advance() {
        let before = state.focusedIndex
        apply(.moveFocus(1))
        guard state.focusedIndex == before else { return }
        apply(.focus(.outline))
        sayEndOfForm()
    }

    /// The validation messages of the field at `path`.
    func sayFindings(at path: JSONPath) {
        let found = state.findings(at: path)
        if found.isEmpty {
            output.line("OK.")
        }
        for finding in found {
            output.line((finding.isError ? "Error: " : "Warning: ") + TextSanitizer.sanitize(finding.message))
        }
    }

    func sayEndOfForm() {
        output.line("End of the fields of \(title(of: state.selection)).")
        let errors = state.errorCount
        if errors > 0 {
            output.line("\(errors) error\(errors == 1 ? " remains" : "s remain") in the document; problems lists them, fix goes to each.")
        }
        output.line(state.document.kind == .batch
                    ? "Type add to add a credential, list to hear everything, save, submit, or help."
                    : "Type list to hear everything, a field's number to edit it, save, submit, or help.")
    }

    /// Describes where the user has arrived, once.
    mutating func describeIfArrived() {
        let place = Place(selection: state.selection, focus: state.focus, rowCount: state.rows.count)
        guard place != described else { return }
        if announced != place.selection {
            output.line("Now in \(title(of: state.selection)).")
            announced = place.selection
        }
        described = place
        if let row = state.focusedRow {
            output.lines(FieldPrompt(row: row, number: number(of: row) ?? 0, value: state.fieldText(of: row)).description)
            for finding in state.findings(at: row.path) {
                output.line((finding.isError ? "Error: " : "Warning: ") + TextSanitizer.sanitize(finding.message))
            }
        }
    }

    // MARK: The state

    /// Applies an action and performs what it asks for, feeding the results back.
    mutating func apply(_ action: ComposerAction) {
        perform(state.apply(action, at: environment.now()))
    }

    mutating func perform(_ effects: [ComposerEffect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let next = runner.perform(effect) { queue += state.apply(next, at: environment.now()) }
        }
    }

    /// Says the state's message once, in the line mode's words.
    mutating func sayNotice() {
        guard let notice = state.notice else { return }
        let lead = switch notice.level {
        case .error: "Error: "
        case .warning: "Warning: "
        case .info: ""
        }
        output.line(lead + Self.inWords(notice.text))
        apply(.dismissNotice)
    }

    /// The state's messages name the full screen's keys; here the words do what they do.
    static func inWords(_ text: String) -> String {
        let words = [("Ctrl-Z brings it back", "undo brings it back"), ("F2 saves them", "save saves them"),
                     ("saved there with F2", "saved there with save"), ("F4 goes to each", "fix goes to each"),
                     ("F8 removes it", "remove removes it")]
        return words.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    /// Keeps the draft up to date after every answer.
    mutating func saveDraftIfChanged() {
        guard state.keepsDrafts, state.revision != state.savedDraftRevision, !state.draftInFlight else { return }
        perform([.writeDraft(state.document, savedToFile: state.isSavedToFile, revision: state.revision)])
    }

    /// Ends: a document its file holds needs no draft; anything else keeps one, and says where.
    mutating func finish(endOfInput: Bool) -> LineOutcome {
        let lead = endOfInput ? "End of input." : "Done."
        if state.isSavedToFile, let file = state.document.filePath {
            perform([.rememberFiles(file: file, state.document.assetFiles)])
            if state.keepsDrafts { perform([.discardDraft(state.document)]) }
            output.line("\(lead) Everything is saved in \(file).")
            return conclude(LineOutcome(endOfInput: endOfInput, file: file))
        }
        guard let store = environment.drafts else {
            output.line("\(lead) Nothing was kept: this composer keeps no drafts.")
            return conclude(LineOutcome(endOfInput: endOfInput))
        }
        guard state.revision != 0 || state.hasUnsavedChanges else {
            output.line("\(lead) Nothing was changed, so no draft was kept.")
            return conclude(LineOutcome(endOfInput: endOfInput))
        }
        if state.revision != state.savedDraftRevision {
            perform([.writeDraft(state.document, savedToFile: false, revision: state.revision)])
        }
        if let problem = state.draftProblem {
            output.line("\(lead) The draft could not be saved: \(problem)")
            return conclude(LineOutcome(endOfInput: endOfInput))
        }
        let path = store.path(for: Draft(document: state.document, savedAt: 0, key: runner.draftKey(of: state.document)))
        output.line("\(lead) The draft is saved in \(path).")
        output.line("The composer offers to resume it when it starts next.")
        return conclude(LineOutcome(endOfInput: endOfInput, draft: path))
    }

    private mutating func conclude(_ result: LineOutcome) -> LineOutcome {
        outcome = result
        return result
    }

    // MARK: Naming

    /// The focusable rows, numbered from 1.
    var numberedRows: [FormRow] { state.rows.filter(\.isFocusable) }

    func number(of row: FormRow) -> Int? {
        numberedRows.firstIndex { $0.id == row.id }.map { $0 + 1 }
    }

    func title(of ref: ItemRef) -> String {
        let name = TextSanitizer.sanitize(Outline.title(of: ref, in: state.document))
        switch ref {
        case .holder: return state.document.holderName.isEmpty ? "the holder" : "the holder, " + name
        case .root: return "the " + state.document.kind.noun
        case .item(let section, _): return section.title + ", " + name
        }
    }

    static func article(_ noun: String) -> String { ComposerState.article(noun) }

}

/// How the line mode ended.
public struct LineOutcome: Sendable, Equatable {
    /// The input ended (rather than `done` or `quit`).
    public var endOfInput: Bool
    /// The file that holds the whole document, when one does.
    public var file: String?
    /// The draft that keeps what the file does not.
    public var draft: String?

    public init(endOfInput: Bool, file: String? = nil, draft: String? = nil) {
        self.endOfInput = endOfInput
        self.file = file
        self.draft = draft
    }
}
