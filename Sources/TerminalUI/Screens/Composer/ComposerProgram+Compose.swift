import ComposerKit
import PassCore

/// Keys on the compose screen: commands by their keys, the rest as input to the focused row.
extension ComposerProgram {
    /// Which pane has the keys: the preview when it was given them, else where the focus is.
    var pane: Pane {
        if compose.previewFocused { return .preview }
        return state.focus.isInOutline ? .outline : .form
    }

    mutating func handleCompose(_ input: InputEvent) -> [Command<Message>] {
        switch input {
        case .paste(let text):
            guard pane == .form else {
                state.apply(.notify(Notice(.info, "Paste into a field of the form; Enter edits the selected credential.")))
                return []
            }
            return apply(.input(.text(text)))
        case .key(let key):
            return handleComposeKey(key)
        }
    }

    private mutating func handleComposeKey(_ key: Key) -> [Command<Message>] {
        let row = pane == .form ? state.focusedRow : nil
        if key == .tab, row?.textKind == .filePath {
            return apply(.completePath)
        }
        if let command = keys.action(for: key), !(key.text != nil && pane == .form && takesLetters(row)) {
            return perform(command)
        }
        if key == .escape {
            compose.previewFocused = false
            if !isWide { compose.previewShown = false }
            return apply(.focus(.outline))
        }
        switch pane {
        case .outline: return handleOutline(key)
        case .preview: handlePreview(key); return []
        case .form: return handleForm(key, row)
        }
    }

    /// Whether letters typed on `row` belong to it (text, a choice's letter, a toggle's Y/N).
    private func takesLetters(_ row: FormRow?) -> Bool {
        guard let row else { return false }
        switch row.control {
        case .heading: return false
        default: return true
        }
    }

    private mutating func handleOutline(_ key: Key) -> [Command<Message>] {
        let items = state.document.items
        switch key {
        case .enter, .right:
            if state.focus == .addCredential {
                compose.overlay = .addMenu(AddMenu())
                return []
            }
            return apply(.input(.confirm))
        case .home:
            if let first = items.first { return select(first, stayInOutline: true) }
        case .end:
            if let last = items.last { return select(last, stayInOutline: true) }
        case .delete:
            return perform(.delete)
        default:
            if let text = key.text { return apply(.input(.text(String(text)))) }
        }
        return []
    }

    private mutating func handleForm(_ key: Key, _ row: FormRow?) -> [Command<Message>] {
        guard let row else { return [] }
        switch (row.control, key) {
        case (.json, .enter):
            openJSONEditor(row)
            return []
        case (.record(let list, let index), .delete):
            return apply(.removeListElement(list, index))
        case (.unknownKey, .delete):
            return apply(.removeMember(row.path))
        default:
            break
        }
        if key == .enter { return apply(.input(.confirm)) }
        if let edit = TextInput.keys.action(for: key) { return apply(.input(.edit(edit))) }
        if let text = key.text { return apply(.input(.text(String(text)))) }
        return []
    }

    private mutating func handlePreview(_ key: Key) {
        let lines = previewLineCount
        let height = max(1, layout.previewBody.height)
        switch key {
        case .pageUp: compose.previewTop = max(0, compose.previewTop - height)
        case .pageDown: compose.previewTop = max(0, min(lines - height, compose.previewTop + height))
        case .home: compose.previewTop = 0; compose.previewLeft = 0
        case .end: compose.previewTop = max(0, lines - height)
        case .left: compose.previewLeft = max(0, compose.previewLeft - max(1, layout.previewBody.width / 2))
        case .right: compose.previewLeft = min(previewLongestLine, compose.previewLeft + max(1, layout.previewBody.width / 2))
        default: return
        }
        compose.previewPinned = true
    }

    /// The length of the preview's longest line, in columns.
    var previewLongestLine: Int {
        var longest = 0, start = 0
        for end in state.bodyLineStarts.dropFirst() + [state.body.count] {
            longest = max(longest, end - start)
            start = end
        }
        return longest
    }

    /// Selects `ref`; in the outline the focus stays there, elsewhere it goes into the form.
    mutating func select(_ ref: ItemRef, stayInOutline: Bool = false) -> [Command<Message>] {
        var commands = apply(.select(ref))
        if stayInOutline { commands += apply(.focus(.outline)) }
        compose.previewPinned = false
        return commands
    }

    private mutating func openJSONEditor(_ row: FormRow) {
        let current = state.document.value[path: row.path]
        let text = current.map { FieldText.text(of: $0) } ?? Self.transcriptTemplate
        compose.overlay = .json(JSONEditor(path: row.path, label: row.label, area: TextArea(text, viewportHeight: 10)))
    }

    static let transcriptTemplate = """
        {
          "overall": {"issuance_date": "", "score": ""},
          "subjects": [
            {"name": "", "code": "", "grade": "", "completion_date": ""}
          ]
        }
        """
}
