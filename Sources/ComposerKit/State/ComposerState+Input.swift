import PassCore

/// What typed keys do to the focused row: text lands in the field the focus shows, or the
/// notice says what to press — never silently dropped, never into a generated id by accident.
extension ComposerState {
    /// The text a row shows and edits.
    public func fieldText(of row: FormRow) -> String {
        switch row.control {
        case .assetFile(let assetID, _): return document.assetFiles[assetID] ?? ""
        case .openCertFile: return openCertPath
        default: return FieldText.text(of: document.value[path: row.path])
        }
    }

    /// Whether typed letters are text where the focus is (so they are never shortcuts there).
    public var focusTakesText: Bool {
        guard let row = focusedRow, row.textKind != nil else { return false }
        return !row.isGeneratedID || unlockedID == row.id
    }

    mutating func handle(_ input: FieldInput, at now: Double) -> [ComposerEffect] {
        guard let row = focusedRow else { return outlineInput(input) }
        switch row.control {
        case .text, .listEntry, .date, .assetFile, .openCertFile:
            return textInput(input, row, at: now)
        case .choice(let options):
            choiceInput(input, row, options: options, at: now)
        case .toggle:
            toggleInput(input, row, at: now)
        case .record(let list, let index):
            return recordInput(input, row, list: list, index: index, at: now)
        case .add(let list, let noun):
            switch input {
            case .confirm, .text(" "):
                addListElement(list, at: now)
            case .text:
                notice = Notice(.info, "Enter adds \(Self.article(noun)) \(noun) here.")
            case .edit:
                break
            }
        case .json:
            if case .text = input { notice = Notice(.info, "Enter edits the \(row.label.lowercased()) as JSON.") }
        case .unknownKey:
            if case .text = input {
                notice = Notice(.warning, "\(row.label) is not a field here, so it cannot be edited; F8 removes it.")
            }
        case .heading:
            break
        }
        return []
    }

    private mutating func outlineInput(_ input: FieldInput) -> [ComposerEffect] {
        switch (focus, input) {
        case (.outline, .confirm), (.outline, .edit(.right)):
            setFocus(firstPlaceToFill)
        case (.outline, .text):
            notice = Notice(.info, document.kind == .batch
                            ? "Enter edits the selected credential; Up and Down choose one; F7 adds one."
                            : "Enter edits the \(document.kind.noun).")
        case (.addCredential, .text):
            notice = Notice(.info, "F7 adds a credential (Enter too, here).")
        default:
            break
        }
        return []
    }

    // MARK: Text

    private mutating func textInput(_ input: FieldInput, _ row: FormRow, at now: Double) -> [ComposerEffect] {
        if row.isGeneratedID, unlockedID != row.id {
            switch input {
            case .confirm:
                unlockedID = row.id
                placeCursorAtEnd()
                notice = Notice(.info, "Editing \(row.label.lowercased()) (it was generated); Enter keeps it.")
            case .text:
                notice = Notice(.info, "\(row.label) is generated; press Enter first to change it, or Tab to the next field.")
            case .edit(let edit):
                if !Self.deletes(edit) { moveCursor(edit, row) } else {
                    notice = Notice(.info, "\(row.label) is generated; press Enter first to change it.")
                }
            }
            return []
        }
        switch input {
        case .confirm:
            if case .openCertFile = row.control {
                guard !openCertPath.isEmpty else {
                    notice = Notice(.info, "Type the path of the .opencert file, then Enter reads it.")
                    return []
                }
                return [.readFile(.openCert, path: openCertPath)]
            }
            if row.isGeneratedID { unlockedID = nil }
            moveFocus(by: 1)
            return []
        case .text(let typed):
            let text = row.isUppercase ? typed.uppercased() : typed
            if let mask = mask(of: row), !typed.contains(where: { $0.isASCII && $0.isNumber }) {
                notice = Notice(.info, "\(row.label) takes the digits of a date (\(mask.rawValue)); the dashes come by themselves.")
                return []
            }
            return replaceText(of: row, at: now) { buffer, mask in
                if let mask { buffer = TextBuffer(mask.typing(text, into: buffer.text)) } else { buffer.insert(text) }
            }
        case .edit(let edit):
            if !Self.deletes(edit) {
                moveCursor(edit, row)
                return []
            }
            return replaceText(of: row, at: now) { buffer, mask in
                if let mask { buffer = TextBuffer(mask.deleting(edit, from: buffer.text)) } else { buffer.apply(edit) }
            }
        }
    }

    static func deletes(_ edit: TextEdit) -> Bool {
        switch edit {
        case .left, .right, .wordLeft, .wordRight, .home, .end: false
        default: true
        }
    }

    /// The date mask a row edits through, when its text fits one.
    private func mask(of row: FormRow) -> DateMask? {
        guard case .date(let mask)? = row.textKind, mask.fits(fieldText(of: row)) else { return nil }
        return mask
    }

    private mutating func moveCursor(_ edit: TextEdit, _ row: FormRow) {
        guard mask(of: row) == nil else { return }
        var buffer = TextBuffer(fieldText(of: row), cursor: cursor)
        buffer.apply(edit)
        cursor = buffer.cursor
    }

    /// Edits the focused row's text through a buffer, then writes it where the row belongs.
    private mutating func replaceText(of row: FormRow, at now: Double,
                                      _ change: (inout TextBuffer, DateMask?) -> Void) -> [ComposerEffect] {
        let mask = mask(of: row)
        var buffer = TextBuffer(fieldText(of: row), cursor: cursor)
        change(&buffer, mask)
        completions = []
        let text = buffer.text
        switch row.control {
        case .assetFile(let assetID, _):
            chooseAssetFile(assetID: assetID, path: text, at: now)
        case .openCertFile:
            openCertPath = text
        default:
            edit(mergeKey: "text:" + row.path.description, at: now) { state in
                state.setText(text, at: row.path)
            }
        }
        cursor = mask == nil ? buffer.cursor : text.count
        return []
    }

    /// Chooses the file for an asset; the look at it waits for typing to pause.
    mutating func chooseAssetFile(assetID: String, path: String, at now: Double) {
        edit(mergeKey: "file:" + assetID, at: now) { state in
            state.document.assetFiles[assetID] = path.isEmpty ? nil : path
            state.inspections[assetID] = nil
        }
        if path.isEmpty {
            pendingInspections[assetID] = nil
        } else {
            pendingInspections[assetID] = (path, now + DraftTiming.inspectionPause)
        }
    }

    // MARK: Choices and toggles

    private mutating func choiceInput(_ input: FieldInput, _ row: FormRow, options: [String], at now: Double) {
        let step = ChoiceStep(options: options, allowsNone: !row.isRequired)
        let current = document.value[path: row.path]?.stringValue
        var next: String?? = nil
        switch input {
        case .text(" "), .edit(.right): next = .some(step.step(current, by: 1))
        case .edit(.left): next = .some(step.step(current, by: -1))
        case .text(let typed):
            guard let found = step.jump(from: current, typed: String(typed.prefix(1))) else {
                notice = Notice(.info, "No option of \(row.label) starts with “\(typed.prefix(1))”: "
                                + options.joined(separator: ", ") + ". Left and Right go through them.")
                return
            }
            next = .some(found)
        case .edit(let edit) where Self.deletes(edit):
            guard step.allowsNone else {
                notice = Notice(.info, "\(row.label) is required; Left and Right choose one of its options.")
                return
            }
            next = .some(nil)
        case .edit:
            return
        case .confirm:
            moveFocus(by: 1)
            return
        }
        if let next { edit(at: now) { state in state.setValue(next.map(JSONValue.string), at: row.path) } }
    }

    private mutating func toggleInput(_ input: FieldInput, _ row: FormRow, at now: Double) {
        let current = document.value[path: row.path]?.boolValue
        let order: [Bool?] = [nil, true, false]
        var next: Bool?? = nil
        switch input {
        case .text(let typed):
            switch typed.lowercased() {
            case "y": next = .some(true)
            case "n": next = .some(false)
            case "-": next = .some(nil)
            case " ": next = .some(order[((order.firstIndex(of: current) ?? 0) + 1) % 3])
            default:
                notice = Notice(.info, "\(row.label): Y for yes, N for no, - to leave it out.")
                return
            }
        case .edit(.right): next = .some(order[((order.firstIndex(of: current) ?? 0) + 1) % 3])
        case .edit(.left): next = .some(order[((order.firstIndex(of: current) ?? 0) + 2) % 3])
        case .edit(let edit) where Self.deletes(edit): next = .some(nil)
        case .edit: return
        case .confirm:
            moveFocus(by: 1)
            return
        }
        if let next { edit(at: now) { state in state.setValue(next.map(JSONValue.bool), at: row.path) } }
    }

    // MARK: Records

    /// On a record's first row: Enter goes into it; letters start its first field with them.
    private mutating func recordInput(_ input: FieldInput, _ row: FormRow, list: JSONPath, index: Int,
                                      at now: Double) -> [ComposerEffect] {
        let recordPath = list.appending(index)
        let firstField = rows.first { $0.path.hasPrefix(recordPath) && $0.textKind != nil && !$0.isGeneratedID }
        switch input {
        case .confirm, .edit(.right):
            if let firstField { setFocus(.row(firstField.id)) } else { moveFocus(by: 1) }
            return []
        case .text(let typed):
            guard let firstField else {
                notice = Notice(.info, "Enter goes into \(row.label.lowercased()).")
                return []
            }
            setFocus(.row(firstField.id))
            notice = nil
            return handle(.text(typed), at: now)
        case .edit:
            return []
        }
    }

    /// "a" or "an", for `noun`.
    public static func article(_ noun: String) -> String {
        guard let first = noun.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

/// A value shown as text: strings as they are, anything else as JSON.
public enum FieldText {
    public static func text(of value: JSONValue?) -> String {
        switch value {
        case .string(let s)?: return s
        case nil, .null?: return ""
        case .number(let n)?: return n
        case .bool(let b)?: return b ? "true" : "false"
        case let other?:
            let text = JSONWriter.string(other)
            return text.hasSuffix("\n") ? String(text.dropLast()) : text
        }
    }
}
