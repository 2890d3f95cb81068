import ComposerKit
import PassCore

/// Help and the palette over any screen; the add menu, path prompts and the JSON editor over
/// the compose screen.
extension ComposerProgram {
    mutating func handleOverlay(_ input: InputEvent) -> [Command<Message>] {
        guard let overlay else { return [] }
        switch overlay {
        case .help(var help):
            if case .key(let key) = input, keys.action(for: key) == .help {
                self.overlay = nil
                return []
            }
            self.overlay = help.handle(input) == .cancelled ? nil : .help(help)
        case .palette(var palette):
            return handlePalette(input, &palette)
        }
        return []
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
                if !isComposing, case .history = screen { _ = closeHistory() }
                if !isComposing { screen = .compose }
                return perform(matches[palette.selected])
            default:
                break
            }
        }
        if palette.filter.handle(input) == .changed { palette.selected = 0 }
        overlay = .palette(palette)
        return []
    }

    mutating func handleComposeOverlay(_ input: InputEvent) -> [Command<Message>] {
        guard let overlay = compose.overlay else { return [] }
        switch overlay {
        case .addMenu(var menu):
            if case .key(.escape) = input { compose.overlay = nil; return [] }
            let outcome = menu.list.handle(input)
            if outcome == .submitted || input == .key(.enter), let choice = menu.list.selected ?? menu.list.visibleOptions.first?.value {
                compose.overlay = nil
                compose.previewFocused = false
                switch choice {
                case .credential(let section): return apply(.addItem(section))
                case .entry(let list): return apply(.addListElement(list))
                }
            }
            compose.overlay = .addMenu(menu)
        case .path(var prompt):
            return handlePathPrompt(input, &prompt)
        case .start(var start):
            return handleStartList(input, &start)
        case .json(var editor):
            return handleJSONEditor(input, &editor)
        }
        return []
    }

    private mutating func handleStartList(_ input: InputEvent, _ start: inout StartList) -> [Command<Message>] {
        let highlighted = start.list.visibleOptions.indices.contains(start.list.highlighted)
            ? start.list.visibleOptions[start.list.highlighted].value : nil
        if case .key(let key) = input, key == .delete || keys.action(for: key) == .delete {
            guard case .draft(let index)? = highlighted else { return [] }
            guard start.discarding == index else {
                start.discarding = index
                compose.overlay = .start(start)
                return []
            }
            let kept = start.drafts[index]
            compose.overlay = .start(StartList(drafts: start.drafts.enumerated().filter { $0.offset != index }.map(\.element),
                                               recent: start.list.options.compactMap { if case .recent(let path) = $0.value { path } else { nil } },
                                               newKind: state.document.kind, now: environment.wallClock(),
                                               home: environment.homeDirectory))
            return apply(.discardDraftFile(path: kept.path, kept.draft))
        }
        start.discarding = nil
        if case .key(.escape) = input {
            compose.overlay = nil
            return startedNew(keeping: start)
        }
        let outcome = start.list.handle(input)
        if outcome == .submitted || input == .key(.enter), let choice = highlighted {
            compose.overlay = nil
            switch choice {
            case .draft(let index): return apply(.resume(start.drafts[index].draft))
            case .recent(let path): return apply(.leave(.open(path: path)))
            case .new: return startedNew(keeping: start)
            }
        }
        compose.overlay = .start(start)
        return []
    }

    private mutating func startedNew(keeping start: StartList) -> [Command<Message>] {
        guard !start.drafts.isEmpty else { return [] }
        let folder = state.draftsFolder.map { " in " + $0 } ?? ""
        state.apply(.notify(Notice(.info, "Started a new \(state.document.kind.noun); the drafts stay\(folder) and are offered at the next start.")))
        return []
    }

    private mutating func handlePathPrompt(_ input: InputEvent, _ prompt: inout PathPrompt) -> [Command<Message>] {
        if case .key(let key) = input {
            switch key {
            case .escape:
                compose.overlay = nil
                // A departure waiting for this save stays (the user stays with the document).
                return prompt.writePurpose == .save ? apply(.stay) : []
            case .tab:
                prompt.take(runner.complete(prompt.input.text))
                compose.overlay = .path(prompt)
                return []
            case .enter:
                let path = prompt.input.text
                guard !path.isEmpty else { return [] }
                compose.overlay = nil
                if let purpose = prompt.writePurpose { return apply(.write(purpose, path: path)) }
                return apply(.leave(.open(path: path)))
            default:
                break
            }
        }
        if prompt.input.handle(input) == .changed { prompt.candidates = [] }
        compose.overlay = .path(prompt)
        return []
    }

    private mutating func handleJSONEditor(_ input: InputEvent, _ editor: inout JSONEditor) -> [Command<Message>] {
        if case .key(let key) = input {
            switch key {
            case .escape:
                compose.overlay = nil
                state.apply(.notify(Notice(.info, "\(editor.label): left as it was.")))
                return []
            case _ where key.text == nil && keys.action(for: key) == .save:
                switch editor.parsed {
                case .success(let value):
                    compose.overlay = nil
                    let commands = apply(.setJSON(editor.path, value))
                    state.apply(.notify(Notice(.info, "\(editor.label) updated.")))
                    return commands
                case .failure(let error):
                    state.apply(.notify(Notice(.error, "Not JSON yet: line \(error.line), column \(error.column): \(error.reason)")))
                    compose.overlay = .json(editor)
                }
                return []
            case _ where key.text == nil && keys.action(for: key) == .delete:
                compose.overlay = nil
                let commands = apply(.setJSON(editor.path, nil))
                state.apply(.notify(Notice(.info, "\(editor.label) removed. Ctrl-Z brings it back.")))
                return commands
            default:
                break
            }
        }
        _ = editor.area.handle(input)
        compose.overlay = .json(editor)
        return []
    }
}
