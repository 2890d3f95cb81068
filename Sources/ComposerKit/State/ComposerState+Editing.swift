import PassCore

/// Changes to the document, each one undoable step.
extension ComposerState {
    /// Applies `change` as one undoable step; typing into one field (the same `mergeKey`)
    /// is one step however many keys it took.
    mutating func edit(mergeKey: String? = nil, at now: Double, _ change: (inout ComposerState) -> Void) {
        let before = snapshot
        var copy = self
        change(&copy)
        guard copy.document != document || copy.focus != focus || copy.selection != selection else { return }
        self = copy
        if document != before.document {
            history.record(before, mergeKey: mergeKey)
            touched(at: now)
            recompute()
        } else if selection != before.selection {
            rows = forms.rows(for: selection, in: document)
            keepFocusOnARow()
        }
        if mergeKey == nil { history.seal() }
    }

    mutating func touched(at now: Double) {
        serverFindings = []
        revision += 1
        lastEditAt = now
        if firstUnsavedEditAt == nil { firstUnsavedEditAt = now }
    }

    /// Sets a text field. Empty text removes an object member (an absent
    /// optional is not sent); in a list it stays as an empty entry. The
    /// holder's name flows to every item that carried the old one.
    mutating func setText(_ text: String, at path: JSONPath) {
        let isListEntry: Bool
        if case .index? = path.components.last { isListEntry = true } else { isListEntry = false }
        let old = document.holderName
        let isHolderName = document.kind == .batch && path == Templates.holderNamePath
        setValue(text.isEmpty && !isListEntry ? nil : .string(text), at: path)
        if isHolderName { propagateHolderName(from: old, to: text) }
    }

    mutating func setValue(_ value: JSONValue?, at path: JSONPath) {
        if value == nil, document.value[path: path] == nil { return }
        document.value.set(value, at: path)
    }

    private mutating func propagateHolderName(from old: String, to new: String) {
        for ref in document.items where ref != .holder {
            let path = ref.path.appending("fields").appending("full_name")
            let current = document.value[path: path]?.stringValue ?? ""
            if current == old {
                document.value.set(new.isEmpty ? nil : .string(new), at: path)
            }
        }
    }

    func itemID(containing path: JSONPath) -> String {
        guard let ref = ItemRef.containing(path, kind: document.kind) else { return document.requestID }
        return document.value[path: ref.path]?["credential_id"]?.stringValue ?? document.requestID
    }

    /// Focuses the row of `path` once the rows are rebuilt (a new entry, a moved one).
    mutating func focusAfterChange(_ path: JSONPath) {
        rows = forms.rows(for: selection, in: document)
        setFocus(nearestRow(to: path).map(Focus.row) ?? firstPlaceToFill)
    }

    mutating func addItem(_ section: BatchSection, at now: Double) {
        guard document.kind == .batch, section != .digitalIdentity else { return }
        if !section.isList, document.count(of: section) > 0 {
            selection = .item(section, nil)
            rows = forms.rows(for: selection, in: document)
            setFocus(firstPlaceToFill)
            notice = Notice(.info, "A batch has one career history; it is selected.")
            return
        }
        edit(at: now) { state in
            let item = Templates.newItem(section, batchID: state.document.requestID,
                                         holderName: state.document.holderName, taken: state.document.usedIDs)
            let sectionPath = JSONPath.root.appending(section.key)
            if section.isList {
                var list = state.document.value[path: sectionPath]?.arrayValue ?? []
                list.append(item)
                state.document.value.set(.array(list), at: sectionPath)
                state.selection = .item(section, list.count - 1)
            } else {
                state.document.value.set(item, at: sectionPath)
                state.selection = .item(section, nil)
            }
        }
        setFocus(firstPlaceToFill)
    }

    mutating func duplicateItem(_ ref: ItemRef, at now: Double) {
        guard case .item(let section, let index?) = ref, let original = document.value[path: ref.path] else { return }
        edit(at: now) { state in
            var copy = original
            var taken = state.document.usedIDs
            let newID = IDConvention.itemID(batchID: state.document.requestID, section: section, taken: taken)
            taken.insert(newID)
            copy.set(.string(newID), at: JSONPath.root.appending("credential_id"))
            if let assets = copy["assets"]?.arrayValue {
                let renamed = assets.map { asset -> JSONValue in
                    guard case .object(var object) = asset else { return asset }
                    let id = IDConvention.assetID(itemID: newID, taken: taken)
                    taken.insert(id)
                    object["asset_id"] = .string(id)
                    return .object(object)
                }
                copy.set(.array(renamed), at: JSONPath.root.appending("assets"))
            }
            let sectionPath = JSONPath.root.appending(section.key)
            var list = state.document.value[path: sectionPath]?.arrayValue ?? []
            list.insert(copy, at: index + 1)
            state.document.value.set(.array(list), at: sectionPath)
            state.selection = .item(section, index + 1)
            state.notice = Notice(.info, "Duplicated as \(newID); its files must be chosen again.")
        }
        setFocus(firstPlaceToFill)
    }

    mutating func deleteItem(_ ref: ItemRef, at now: Double) {
        guard case .item(let section, let index) = ref else { return }
        edit(at: now) { state in
            let sectionPath = JSONPath.root.appending(section.key)
            let removed: JSONValue?
            if let index {
                var list = state.document.value[path: sectionPath]?.arrayValue ?? []
                guard list.indices.contains(index) else { return }
                removed = list.remove(at: index)
                state.document.value.set(.array(list), at: sectionPath)
                state.selection = list.isEmpty ? .holder : .item(section, min(index, list.count - 1))
            } else {
                removed = state.document.value[path: sectionPath]
                state.document.value.set(nil, at: sectionPath)
                state.selection = .holder
            }
            for asset in removed?["assets"]?.arrayValue ?? [] {
                if let id = asset["asset_id"]?.stringValue { state.document.assetFiles[id] = nil }
            }
            state.focus = .outline
            let name = removed?["credential_id"]?.stringValue ?? "the item"
            state.notice = Notice(.info, "Deleted (Ctrl-Z brings it back): \(name).")
        }
    }

    mutating func moveItem(_ ref: ItemRef, by offset: Int, at now: Double) {
        guard case .item(let section, let index?) = ref else { return }
        let sectionPath = JSONPath.root.appending(section.key)
        guard var list = document.value[path: sectionPath]?.arrayValue, list.indices.contains(index),
            list.indices.contains(index + offset)
        else { return }
        edit(at: now) { state in
            list.insert(list.remove(at: index), at: index + offset)
            state.document.value.set(.array(list), at: sectionPath)
            state.selection = .item(section, index + offset)
            state.focus = .outline
        }
    }

    mutating func addListElement(_ path: JSONPath, at now: Double) {
        var elementPath = path
        edit(at: now) { state in
            var list = state.document.value[path: path]?.arrayValue ?? []
            let ref = ItemRef.containing(path, kind: state.document.kind)
            let element = Templates.newListElement(listKey: path.lastKey ?? "", section: ref?.section,
                                                   itemID: state.itemID(containing: path),
                                                   taken: state.document.usedIDs)
            list.append(element)
            state.document.value.set(.array(list), at: path)
            elementPath = path.appending(list.count - 1)
        }
        // Into the new entry: a chain entry's name, a record's first field, a list entry itself.
        let recordFirstField = rows.first { $0.path.hasPrefix(elementPath) && $0.textKind != nil && !$0.isGeneratedID }
        if let recordFirstField {
            setFocus(.row(recordFirstField.id))
        } else {
            focusAfterChange(path.lastKey == "partner_chain" ? elementPath.appending("name") : elementPath)
        }
    }

    mutating func removeListElement(_ path: JSONPath, _ index: Int, at now: Double) {
        var remaining = 0
        edit(at: now) { state in
            guard var list = state.document.value[path: path]?.arrayValue, list.indices.contains(index) else { return }
            let removed = list.remove(at: index)
            state.document.value.set(.array(list), at: path)
            if let id = removed["asset_id"]?.stringValue { state.document.assetFiles[id] = nil }
            remaining = list.count
        }
        // To the entry that took its place (or the one before it); "Add …" when none is left.
        if remaining == 0 {
            setFocus(rows.first { $0.path == path && $0.id.role == .add }.map { .row($0.id) } ?? firstPlaceToFill)
        } else {
            let target = path.appending(min(index, remaining - 1))
            let entry = rows.first { ($0.path == target || $0.path == target.appending("name")) && $0.isFocusable
                && $0.id.role != .heading }
            setFocus(entry.map { .row($0.id) } ?? firstPlaceToFill)
        }
    }

    mutating func duplicateListElement(_ path: JSONPath, _ index: Int, at now: Double) {
        edit(at: now) { state in
            guard var list = state.document.value[path: path]?.arrayValue, list.indices.contains(index) else { return }
            var copy = list[index]
            if copy["asset_id"] != nil, case .object(var object) = copy {
                object["asset_id"] = .string(IDConvention.assetID(itemID: state.itemID(containing: path),
                                                                  taken: state.document.usedIDs))
                copy = .object(object)
            }
            list.insert(copy, at: index + 1)
            state.document.value.set(.array(list), at: path)
        }
        focusAfterChange(path.lastKey == "partner_chain" ? path.appending(index + 1).appending("name") : path.appending(index + 1))
    }

    mutating func adoptDetectedType(_ detected: AssetType, for assetID: String) {
        for (section, index, item) in Validator.items(of: document.value) where section.assetTypes.contains(detected) {
            for (i, asset) in (item["assets"]?.arrayValue ?? []).enumerated() where asset["asset_id"]?.stringValue == assetID {
                let path = Validator.path(section, index).appending("assets").appending(i).appending("asset_type")
                if document.value[path: path]?.stringValue != detected.rawValue {
                    history.record(snapshot)
                    history.seal()
                    document.value.set(.string(detected.rawValue), at: path)
                    revision += 1
                    notice = Notice(.info, "\(assetID): the file is a \(detected.displayName); asset_type set to \"\(detected.rawValue)\".")
                }
            }
        }
    }

    static func path(_ path: JSONPath, movingIndex from: Int, to: Int, under list: JSONPath) -> JSONPath {
        guard path.hasPrefix(list), path.components.count > list.components.count,
            case .index(let i) = path.components[list.components.count]
        else { return path }
        var newIndex = i
        if i == from {
            newIndex = to
        } else if from < to, i > from, i <= to {
            newIndex = i - 1
        } else if from > to, i >= to, i < from {
            newIndex = i + 1
        }
        var components = path.components
        components[list.components.count] = .index(newIndex)
        return JSONPath(components)
    }
}
