import ComposerKit
import PassCore

/// What sits over the composer, taking the keys until it closes.
enum ComposerOverlay: Sendable {
    case help(HelpOverlay)
    case message(Dialog)
    case confirm(ConfirmPurpose, Dialog)
    case addMenu(AddMenu)
    case palette(CommandPalette)
    case path(PathPrompt)
    case json(JSONEditor)
}

/// What a confirm dialog decides.
enum ConfirmPurpose: Sendable {
    case resumeDraft(Draft)
    /// Writing `path` (for a save, an export or curl's body) replaces a file that is there.
    case replaceFile(PathPrompt.Purpose, path: String)
}

/// What the add menu adds: an entry to the list the focus is in, or a credential.
enum AddChoice: Hashable, Sendable {
    case entry(list: JSONPath)
    case credential(BatchSection)
}

/// The menu F7 opens in a batch: every credential type, and first, when the
/// focus is in a list (partner chain, files, majors…), a new entry of that
/// list. A credential type stays highlighted, so F7 Enter always adds the
/// same thing wherever the focus is.
struct AddMenu: Sendable {
    static let sections = BatchSection.allCases.filter { $0 != .digitalIdentity }

    var list: ChoiceList<AddChoice>

    /// - Parameter entry: the list the focus is in, what one entry is called, and the list's label.
    init(entry: (list: JSONPath, noun: String, label: String)? = nil) {
        var options = Self.sections.map { ChoiceList<AddChoice>.Option($0.title, .credential($0)) }
        if let entry {
            options.insert(.init("A new \(entry.noun) in \(entry.label)", .entry(list: entry.list)), at: 0)
        }
        list = ChoiceList(options: options, selected: .credential(.education), viewportHeight: options.count)
    }
}

/// Every command by name, filtered as you type.
struct CommandPalette: Sendable {
    var filter = TextInput(placeholder: "type to filter commands")
    var selected = 0

    /// What people open the palette for first (files, export, new documents), then every other command.
    static let commands: [ComposerCommand] = {
        let first: [ComposerCommand] = [.save, .saveAs, .open, .export, .copyAsCurl, .newBatch, .newSingle,
                                        .newCareerHistory, .submit]
        let rest = ComposerProgram.keys.bindings.map(\.action).filter { !first.contains($0) && $0 != .palette }
        return first + rest + ComposerProgram.paletteOnly.filter { !first.contains($0) }
    }()

    var matches: [ComposerCommand] {
        let words = filter.text.lowercased().split(separator: " ")
        return Self.commands.filter { command in
            let title = command.title.lowercased()
            return words.allSatisfy { title.contains($0) }
        }
    }

    /// The keys bound to a command, for showing beside it.
    static func keys(of command: ComposerCommand) -> String {
        ComposerProgram.keys.bindings.first { $0.action == command }?.keys.map(\.description).joined(separator: " / ") ?? ""
    }
}

/// A prompt for a file path, with completion.
struct PathPrompt: Sendable {
    enum Purpose: Sendable { case open, saveAs, export, curlBody }

    var purpose: Purpose
    var input: TextInput
    var candidates: [String] = []

    init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.input = TextInput(text, placeholder: "path/to/file.json")
    }

    /// Tab: the longest common continuation, and the candidates when there are several.
    mutating func complete(in environment: ComposerEnvironment) {
        let result = environment.complete(input.text)
        input.text = result.completed
        candidates = result.candidates.count > 1 ? result.candidates : []
    }

    var title: String {
        switch purpose {
        case .open: "Open a payload file"
        case .saveAs: "Save the payload as"
        case .export: "Export the body to"
        case .curlBody: "Write the body for curl to"
        }
    }
}

/// The transcript (or any JSON value) edited as text, checked as you type.
struct JSONEditor: Sendable {
    var path: JSONPath
    var label: String
    var area: TextArea

    /// The parsed value, or why the text is not JSON.
    var parsed: Result<JSONValue, JSONSyntaxError> {
        Result { () throws(JSONSyntaxError) -> JSONValue in try JSONParser.parse(area.text) }
    }
}

extension ComposerProgram {
    mutating func handleOverlay(_ input: InputEvent) -> [Command<Message>] {
        guard let overlay else { return [] }
        switch overlay {
        case .help(var help):
            if case .key(let key) = input, key == .f(1) || key == .char("?") {
                self.overlay = nil
                return []
            }
            self.overlay = help.handle(input) == .cancelled ? nil : .help(help)
        case .message(var dialog):
            let outcome = dialog.handle(input)
            self.overlay = (outcome == .submitted || outcome == .cancelled) ? nil : .message(dialog)
        case .confirm(let purpose, var dialog):
            let outcome = dialog.handle(input)
            switch outcome {
            case .submitted, .cancelled:
                self.overlay = nil
                confirmed(purpose, yes: outcome == .submitted && dialog.isConfirmed)
            default:
                self.overlay = .confirm(purpose, dialog)
            }
        case .addMenu(var menu):
            if case .key(.escape) = input { self.overlay = nil; return [] }
            let outcome = menu.list.handle(input)
            if outcome == .submitted || input == .key(.enter), let choice = menu.list.selected ?? menu.list.visibleOptions.first?.value {
                self.overlay = nil
                switch choice {
                case .credential(let section):
                    apply(.addItem(section))
                case .entry(let list):
                    apply(.addListElement(list))
                }
                syncFocusFromState()
                pane = .form
            } else {
                self.overlay = .addMenu(menu)
            }
        case .palette(var palette):
            return handlePalette(input, &palette)
        case .path(var prompt):
            handlePathPrompt(input, &prompt)
        case .json(var editor):
            handleJSONEditor(input, &editor)
        }
        return []
    }

    private mutating func confirmed(_ purpose: ConfirmPurpose, yes: Bool) {
        switch purpose {
        case .resumeDraft(let draft):
            if yes {
                replaceDocument(draft.document)
                if let file = draft.document.filePath, draft.savedToFile {
                    state.apply(.markSaved(path: file))
                } else {
                    state.apply(.markUnsaved)
                }
                if let file = draft.document.filePath, !draft.savedToFile {
                    state.apply(.notify(Notice(.info, "Resumed the draft; its changes are not in \(file) yet (F2 saves them).")))
                } else {
                    state.apply(.notify(Notice(.info, "Resumed the draft of \(draft.document.requestID).")))
                }
            } else {
                let kept = environment.drafts.map { " in " + $0.directory } ?? ""
                state.apply(.notify(Notice(.info, "Started a new document; the earlier draft stays\(kept).")))
            }
        case .replaceFile(let purpose, let path):
            if yes {
                finishPathPrompt(purpose, path: path, replacing: true)
            } else {
                state.apply(.notify(Notice(.info, "Nothing written; \(path) is as it was.")))
            }
        }
    }

    private mutating func handlePalette(_ input: InputEvent, _ palette: inout CommandPalette) -> [Command<Message>] {
        if case .key(let key) = input {
            switch key {
            case .escape:
                overlay = nil
                return []
            case .up:
                palette.selected = max(0, palette.selected - 1)
                overlay = .palette(palette)
                return []
            case .down:
                palette.selected = min(max(0, palette.matches.count - 1), palette.selected + 1)
                overlay = .palette(palette)
                return []
            case .enter:
                overlay = nil
                let matches = palette.matches
                guard matches.indices.contains(palette.selected) else { return [] }
                return perform(matches[palette.selected])
            default:
                break
            }
        }
        if palette.filter.handle(input) == .changed { palette.selected = 0 }
        overlay = .palette(palette)
        return []
    }

    private mutating func handlePathPrompt(_ input: InputEvent, _ prompt: inout PathPrompt) {
        if case .key(let key) = input {
            switch key {
            case .escape:
                overlay = nil
                return
            case .tab:
                prompt.complete(in: environment)
                overlay = .path(prompt)
                return
            case .enter:
                let path = prompt.input.text
                guard !path.isEmpty else { return }
                overlay = nil
                finishPathPrompt(prompt.purpose, path: path)
                return
            default:
                break
            }
        }
        if prompt.input.handle(input) == .changed { prompt.candidates = [] }
        overlay = .path(prompt)
    }

    private mutating func finishPathPrompt(_ purpose: PathPrompt.Purpose, path: String, replacing: Bool = false) {
        if purpose != .open, !replacing, replacesAnotherFile(path) {
            overlay = .confirm(.replaceFile(purpose, path: path), Dialog.confirm(
                title: "Replace the file?", message: "\(path) already exists. Replace it with this \(state.document.kind.noun)?",
                confirm: "Replace", cancel: "Cancel"))
            return
        }
        switch purpose {
        case .open:
            open(path)
        case .saveAs:
            save(to: path, adopt: true)
        case .export:
            save(to: path, adopt: false)
        case .curlBody:
            do {
                let absolute = environment.absolute(path)
                try environment.writeFile(state.body, absolute)
                let command = CurlCommand.text(kind: state.document.kind, bodyFile: absolute,
                                               baseURL: environment.endpointURL)
                var dialog = Dialog(title: "Copy as curl", message: command, buttons: ["OK"])
                // The command keeps its lines, so that it can be copied from the screen as it is.
                dialog.textWidth = command.split(separator: "\n").map { TextLayout.width(String($0)) }.max() ?? dialog.textWidth
                overlay = .message(dialog)
                state.apply(.notify(Notice(.info, "Wrote the body to \(path); the token stays in $ACCESS_TOKEN.")))
            } catch {
                state.apply(.notify(Notice(.error, "Could not write \(path): \(error)")))
            }
        }
    }

    /// Whether writing `path` would replace a file other than the document's own.
    private func replacesAnotherFile(_ path: String) -> Bool {
        let target = environment.absolute(path)
        if let own = state.document.filePath, !own.isEmpty, environment.absolute(own) == target { return false }
        return environment.fileExists(target)
    }

    private mutating func handleJSONEditor(_ input: InputEvent, _ editor: inout JSONEditor) {
        if case .key(let key) = input {
            switch key {
            case .escape:
                overlay = nil
                state.apply(.notify(Notice(.info, "\(editor.label): left as it was.")))
                return
            case .f(2):
                switch editor.parsed {
                case .success(let value):
                    overlay = nil
                    apply(.setJSON(editor.path, value))
                    state.apply(.notify(Notice(.info, "\(editor.label) updated.")))
                case .failure(let error):
                    state.apply(.notify(Notice(.error, "Not JSON yet: line \(error.line), column \(error.column): \(error.reason)")))
                    overlay = .json(editor)
                }
                return
            case .f(8):
                overlay = nil
                apply(.setJSON(editor.path, nil))
                state.apply(.notify(Notice(.info, "\(editor.label) removed. Ctrl-Z brings it back.")))
                return
            default:
                break
            }
        }
        _ = editor.area.handle(input)
        overlay = .json(editor)
    }
}

/// The curl command that sends a body file, with the token left in `$ACCESS_TOKEN`. Like the
/// program's own client it follows no redirect (one could carry the `Authorization` header elsewhere).
public enum CurlCommand {
    public static func text(kind: PayloadKind, bodyFile: String, baseURL: String?) -> String {
        let path = APIPaths.standard.submit(kind)
        let base = baseURL ?? "$SEEK_PASS_URL"
        return "curl \"\(base)\(path)\" \\\n" +
            "  -H 'Content-Type: application/json' \\\n" +
            "  -H 'Accept: application/json' \\\n" +
            "  -H \"Authorization: Bearer $ACCESS_TOKEN\" \\\n" +
            "  --data-binary @\(ShellQuoting.quoted(bodyFile))"
    }
}
