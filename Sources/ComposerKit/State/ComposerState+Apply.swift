import PassCore

extension ComposerState {
    /// Applies one action and returns the effects it wants performed. The only way the
    /// composer's state changes; `now` is the time on a monotonic clock, in seconds.
    @discardableResult
    public mutating func apply(_ action: ComposerAction, at now: Double = 0) -> [ComposerEffect] {
        var effects = reduce(action, at: now)
        effects += dueEffects(at: now)
        return effects
    }

    private mutating func reduce(_ action: ComposerAction, at now: Double) -> [ComposerEffect] {
        switch action {
        case .select(let ref):
            guard document.items.contains(ref) else { return [] }
            selection = ref
            rows = forms.rows(for: selection, in: document)
            setFocus(firstPlaceToFill)
            history.seal()
        case .focus(let place):
            if place == .addCredential, document.kind != .batch { return [] }
            setFocus(place)
        case .focusPath(let path):
            if let ref = ItemRef.containing(path, kind: document.kind), document.items.contains(ref), ref != selection {
                selection = ref
                rows = forms.rows(for: selection, in: document)
            }
            setFocus(nearestRow(to: path).map(Focus.row) ?? firstPlaceToFill)
        case .moveFocus(let offset):
            moveFocus(by: offset)
        case .focusNextProblem:
            moveToProblem(forward: true)
        case .focusPreviousProblem:
            moveToProblem(forward: false)
        case .input(let input):
            return handle(input, at: now)
        case .completePath:
            guard let row = focusedRow, row.textKind == .filePath else { return [] }
            let typed = fieldText(of: row)
            return typed.isEmpty ? [] : [.completePath(typed: typed)]
        case .pathCompleted(let result, let typed):
            return completed(result, typed: typed, at: now)
        case .setText(let path, let text):
            edit(mergeKey: "text:" + path.description, at: now) { state in
                state.setText(text, at: path)
            }
        case .setBool(let path, let value):
            edit(at: now) { state in state.setValue(value.map(JSONValue.bool), at: path) }
        case .setChoice(let path, let value):
            edit(at: now) { state in state.setValue(value.map(JSONValue.string), at: path) }
        case .setJSON(let path, let value):
            edit(at: now) { state in state.setValue(value, at: path) }
        case .removeMember(let path):
            edit(at: now) { state in state.setValue(nil, at: path) }
        case .addItem(let section):
            addItem(section, at: now)
        case .duplicateItem(let ref):
            duplicateItem(ref, at: now)
        case .deleteItem(let ref):
            deleteItem(ref, at: now)
        case .moveItem(let ref, let offset):
            moveItem(ref, by: offset, at: now)
        case .addListElement(let path):
            addListElement(path, at: now)
        case .removeListElement(let path, let index):
            removeListElement(path, index, at: now)
        case .moveListElement(let path, let from, let to):
            edit(at: now) { state in
                guard var list = state.document.value[path: path]?.arrayValue, list.indices.contains(from),
                    list.indices.contains(to)
                else { return }
                list.insert(list.remove(at: from), at: to)
                state.document.value.set(.array(list), at: path)
                if let id = state.focus.rowID {
                    state.focus = .row(RowID(id.role, Self.path(id.path, movingIndex: from, to: to, under: path)))
                }
            }
        case .duplicateListElement(let path, let index):
            duplicateListElement(path, index, at: now)
        case .chooseAssetFile(let assetID, let path):
            chooseAssetFile(assetID: assetID, path: path, at: now)
        case .fileInspected(let assetID, let path, let inspection):
            guard document.assetFiles[assetID] == path else { return [] }
            inspections[assetID] = inspection
            if let detected = inspection.detectedType {
                adoptDetectedType(detected, for: assetID)
            }
            recompute()
        case .setOpenCert(let text, let file):
            edit(at: now) { state in
                state.setValue(.string(text), at: JSONPath.root.appending("data").appending("document"))
            }
            openCertPath = ""
            placeCursorAtEnd()
            notice = Notice(.info, "Read the OpenCert from \(file) (\(ByteCount.text(text.utf8.count))).")
        case .filesRecalled(let file, let found):
            return recalled(found, for: file)
        case .open(let path):
            return [.readFile(.payload, path: path)]
        case .write(let purpose, let path):
            return [.writeFile(purpose, bytes: body, path: path, replacing: isOwnFile(path))]
        case .fileRead(let purpose, let path, let result):
            return read(purpose, path: path, result, at: now)
        case .fileWritten(let purpose, let path, let absolute, let problem):
            return written(purpose, path: path, absolute: absolute, problem: problem)
        case .answer(let index):
            return answer(index, at: now)
        case .leave(let departure):
            return leave(departure)
        case .stay:
            departure = nil
        case .resume(let draft):
            return resume(draft)
        case .discardDraftFile(let path, let draft):
            let name = draft.document.filePath.map { "of " + $0 } ?? "of \(draft.document.requestID)"
            notice = Notice(.info, "Discarded the draft \(name).")
            return [.removeDraftFile(path: path)]
        case .draftFound(let file, let draft, let wallClock):
            offer(draft, of: file, now: wallClock)
        case .clock:
            break
        case .undo:
            if let snapshot = history.undo(current: snapshot) { restore(snapshot, at: now) } else {
                notice = Notice(.info, "Nothing to undo.")
            }
        case .redo:
            if let snapshot = history.redo(current: snapshot) { restore(snapshot, at: now) } else {
                notice = Notice(.info, "Nothing to redo.")
            }
        case .replaceDocument(let newDocument):
            replaceDocument(newDocument)
        case .markSaved(let path):
            document.filePath = path
            fileBaseline = document.value
            hasUnsavedChanges = false
        case .markUnsaved:
            fileBaseline = nil
            hasUnsavedChanges = true
        case .draftSaved(let saved):
            draftInFlight = false
            draftProblem = nil
            savedDraftRevision = max(savedDraftRevision, saved)
            draftWrittenRevision = max(draftWrittenRevision ?? saved, saved)
            if savedDraftRevision == revision { firstUnsavedEditAt = nil }
        case .draftFailed(let reason):
            draftInFlight = false
            if draftProblem == nil { notice = Notice(.error, "The draft could not be saved: \(reason)") }
            draftProblem = reason
        case .setServerFindings(let refused):
            serverFindings = refused.map { finding in
                var copy = finding
                if !copy.message.hasSuffix("(the server said)") { copy.message += " (the server said)" }
                return copy
            }
            recompute()
        case .dismissNotice:
            notice = nil
            noticeSource = nil
        case .notify(let newNotice):
            notice = newNotice
            noticeSource = nil
        }
        return []
    }

    /// What time makes due: looks at chosen files once typing paused, and the draft.
    private mutating func dueEffects(at now: Double) -> [ComposerEffect] {
        var effects: [ComposerEffect] = []
        for (assetID, pending) in pendingInspections.sorted(by: { $0.key < $1.key }) where pending.due <= now {
            pendingInspections[assetID] = nil
            effects.append(.inspectFile(assetID: assetID, path: pending.path))
        }
        if keepsDrafts, !draftInFlight, isDraftSaveDue(at: now) {
            draftInFlight = true
            effects.append(.writeDraft(document, savedToFile: isSavedToFile, revision: revision))
        }
        return effects
    }

    /// A new document in place of this one (Ctrl-Z brings the old one back).
    mutating func replaceDocument(_ newDocument: ComposerDocument) {
        history.record(snapshot)
        history.seal()
        document = newDocument
        selection = newDocument.kind == .batch ? .holder : .root
        inspections = [:]
        pendingInspections = [:]
        openCertPath = ""
        problemCursor = nil
        revision += 1
        fileBaseline = newDocument.value
        recompute()
        focus = firstPlaceToFill
        placeCursorAtEnd()
        for (assetID, path) in newDocument.assetFiles where !path.isEmpty {
            pendingInspections[assetID] = (path, -Double.infinity)
        }
    }

    /// Asks for a look at every chosen file now (a document opened or resumed).
    public mutating func inspectAllAssetFiles() -> [ComposerEffect] {
        for (assetID, path) in document.assetFiles where !path.isEmpty {
            pendingInspections[assetID] = (path, -Double.infinity)
        }
        return dueEffects(at: -Double.infinity)
    }

    private mutating func completed(_ result: PathCompletion, typed: String, at now: Double) -> [ComposerEffect] {
        guard let row = focusedRow, row.textKind == .filePath, fieldText(of: row) == typed else { return [] }
        completions = result.candidates.count > 1 ? result.candidates : []
        if result.completed == typed {
            // Nothing to add: Tab goes on to the next field, unless there is a choice to show.
            if completions.isEmpty { moveFocus(by: 1) }
            return []
        }
        if case .assetFile(let assetID, _) = row.control {
            chooseAssetFile(assetID: assetID, path: result.completed, at: now)
        } else {
            openCertPath = result.completed
        }
        placeCursorAtEnd()
        return []
    }

    private mutating func restore(_ snapshot: Snapshot, at now: Double) {
        let before = document
        document = snapshot.document
        selection = document.items.contains(snapshot.selection) ? snapshot.selection : (document.items.first ?? .root)
        focus = snapshot.focus
        touched(at: now)
        recompute()
        placeCursorAtEnd()
        notice = Notice(.info, Self.describeChange(from: before, to: document))
    }

    /// What an undo or redo changed, in a few words.
    static func describeChange(from old: ComposerDocument, to new: ComposerDocument) -> String {
        if old.requestID != new.requestID || old.kind != new.kind {
            return "Back to \(new.kind.noun) \(new.requestID)."
        }
        if old.items.count != new.items.count {
            return new.items.count > old.items.count ? "A credential is back." : "The credential added is gone again."
        }
        if old.assetFiles != new.assetFiles { return "The file choice is as it was." }
        return "Changed back."
    }
}
