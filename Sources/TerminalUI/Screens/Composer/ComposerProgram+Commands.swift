import ComposerKit
import PassCore

/// What each composer command does.
extension ComposerProgram {
    mutating func perform(_ command: ComposerCommand) -> [Command<Message>] {
        switch command {
        case .help:
            overlay = .help(HelpOverlay(title: "Keys — composer", sections: helpSections))
        case .palette:
            overlay = .palette(CommandPalette(keyTable: keys))
        case .quit:
            return quitRequested() ?? [.requestQuit]
        case .nextField, .previousField:
            let offset = command == .nextField ? 1 : -1
            switch pane {
            case .outline: return selectAdjacent(offset)
            case .preview: scrollPreview(offset)
            case .form:
                compose.previewPinned = false
                return apply(.moveFocus(offset))
            }
        case .nextPane, .previousPane:
            return cyclePane(forward: command == .nextPane)
        case .nextProblem, .previousProblem:
            compose.previewFocused = false
            if !isWide { compose.previewShown = false }
            compose.previewPinned = false
            return apply(command == .nextProblem ? .focusNextProblem : .focusPreviousProblem)
        case .add:
            if state.document.kind == .batch {
                compose.overlay = .addMenu(AddMenu(entry: pane == .form ? focusedListDescription : nil))
            } else if pane == .form, let list = focusedList {
                return apply(.addListElement(list.path))
            } else {
                state.apply(.notify(Notice(.info, "A \(state.document.kind.noun) holds one credential; F7 adds list entries (employment, partner_chain).")))
            }
        case .addEntry:
            if pane == .form, let list = focusedList {
                return apply(.addListElement(list.path))
            }
            state.apply(.notify(Notice(.info, "Insert adds an entry to the list the focus is in (partner chain, files, majors, employment); F7 adds a credential.")))
        case .delete:
            if pane == .form, let list = focusedList, let entry = focusedListDescription {
                let count = state.document.value[path: list.path]?.arrayValue?.count ?? 0
                guard list.index < count else {
                    state.apply(.notify(Notice(.info, "Nothing to delete here: F8 deletes the \(entry.noun) the focus is on.")))
                    return []
                }
                let commands = apply(.removeListElement(list.path, list.index))
                state.apply(.notify(Notice(.info, "Deleted \(entry.noun) \(list.index + 1) from \(entry.label). Ctrl-Z brings it back.")))
                return commands
            } else if pane == .form, let row = state.focusedRow, row.control == .unknownKey {
                return apply(.removeMember(row.path))
            } else if case .item = state.selection {
                return apply(.deleteItem(state.selection))
            } else {
                state.apply(.notify(Notice(.info, "The holder cannot be deleted; clear their fields instead.")))
            }
        case .duplicate:
            if pane == .form, let list = focusedList {
                return apply(.duplicateListElement(list.path, list.index))
            } else if case .item = state.selection {
                return apply(.duplicateItem(state.selection))
            }
        case .moveUp, .moveDown:
            let offset = command == .moveUp ? -1 : 1
            if pane == .form, let list = focusedList {
                let count = state.document.value[path: list.path]?.arrayValue?.count ?? 0
                let target = list.index + offset
                if target >= 0, target < count {
                    return apply(.moveListElement(list.path, from: list.index, to: target))
                }
            } else if case .item = state.selection {
                return apply(.moveItem(state.selection, by: offset))
            }
        case .undo, .redo:
            return apply(command == .undo ? .undo : .redo)
        case .togglePreview:
            if isWide {
                compose.previewFocused.toggle()
            } else {
                compose.previewShown.toggle()
                compose.previewFocused = compose.previewShown
            }
        case .save:
            if let path = state.document.filePath { return apply(.write(.save, path: path)) }
            compose.overlay = .path(PathPrompt(.saveAs))
        case .saveAs:
            compose.overlay = .path(PathPrompt(.saveAs, text: state.document.filePath ?? ""))
        case .open:
            compose.overlay = .path(PathPrompt(.open))
        case .export:
            compose.overlay = .path(PathPrompt(.export))
        case .copyAsCurl:
            compose.overlay = .path(PathPrompt(.curlBody, text: "request-body.json"))
        case .newBatch, .newSingle, .newCareerHistory:
            let kind: PayloadKind = command == .newBatch ? .batch : (command == .newSingle ? .microcredential : .careerHistory)
            saveDraftNow()
            return apply(.leave(.new(Templates.newDocument(kind, ids: state.ids,
                                                           requestIDPrefix: endpoint?.idPrefix ?? RequestID.defaultPrefix))))
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
        for row in state.rows where row.path == list {
            if case .add(_, let rowNoun) = row.control { noun = rowNoun }
            if row.control == .heading { label = row.label }
        }
        return (list, noun, label)
    }

    /// The list the focused row belongs to, and the entry's index in it.
    var focusedList: (path: JSONPath, index: Int)? {
        guard let row = state.focusedRow, let focusIndex = state.focusedIndex else { return nil }
        switch row.control {
        case .listEntry(let list, let index), .record(let list, let index): return (list, index)
        case .add(let list, _): return (list, state.document.value[path: list]?.arrayValue?.count ?? 0)
        default:
            // A field inside a record: the record's list.
            for candidate in state.rows[..<focusIndex].reversed() {
                if case .record(let list, let index) = candidate.control, row.path.hasPrefix(list.appending(index)) {
                    return (list, index)
                }
            }
            return nil
        }
    }

    private mutating func selectAdjacent(_ offset: Int) -> [Command<Message>] {
        let items = state.document.items
        if state.focus == .addCredential {
            if offset < 0, let last = items.last { return select(last, stayInOutline: true) }
            return []
        }
        guard let current = items.firstIndex(of: state.selection) else { return [] }
        let target = current + offset
        if target == items.count, state.document.kind == .batch { return apply(.focus(.addCredential)) }
        guard items.indices.contains(target) else { return [] }
        return select(items[target], stayInOutline: true)
    }

    private mutating func scrollPreview(_ offset: Int) {
        compose.previewTop = max(0, min(max(0, previewLineCount - 1), compose.previewTop + offset))
        compose.previewPinned = true
    }

    private mutating func cyclePane(forward: Bool) -> [Command<Message>] {
        var order: [Pane] = [.outline, .form]
        if isWide || compose.previewShown { order.append(.preview) }
        if !isWide && compose.previewShown { order.removeAll { $0 == .form } }
        let index = order.firstIndex(of: pane) ?? 0
        let next = order[(index + (forward ? 1 : order.count - 1)) % order.count]
        switch next {
        case .preview:
            compose.previewFocused = true
            return []
        case .form:
            compose.previewFocused = false
            return state.focus.isInOutline ? apply(.input(.confirm)) : []
        case .outline:
            compose.previewFocused = false
            return apply(.focus(.outline))
        }
    }

    var helpSections: [HelpSection] {
        var sections = [keys.help, LoopKeys.help]
        if pane == .form, let row = state.focusedRow, let section = FieldEditor.keyHelp(row) {
            var focused = section
            focused.title += " (focused)"
            sections.append(focused)
        }
        sections += [Self.listHelp(keys), Self.partnerChainHelp, Self.outlineHelp, Self.previewHelp(keys), Self.jsonEditorHelp(keys)]
        return sections
    }
}
