import PassCore

/// The composer's whole view-model: the document, where the user is, what
/// is wrong, what will be sent. Changed only by `apply(_:at:)`; everything
/// else is derived from it, so it is testable without a terminal.
public struct ComposerState: Sendable {
    public struct Snapshot: Sendable, Equatable {
        var document: ComposerDocument
        var selection: ItemRef
        var focus: JSONPath?
    }

    public private(set) var document: ComposerDocument
    public private(set) var selection: ItemRef
    public private(set) var focus: JSONPath?
    /// Findings of the validator and of the file checks, in document order.
    public private(set) var findings: [Finding] = []
    /// The canonical value that will be sent, and its bytes.
    public private(set) var canonical: JSONValue = .null
    public private(set) var body: [UInt8] = []
    /// Where each line of `body` starts (the preview shows lines of it).
    public private(set) var bodyLineStarts: [Int] = [0]
    /// What the last look at each asset's file found.
    public private(set) var inspections: [String: FileInspection] = [:]
    /// A single request's OpenCert document, checked offline (nil when it has none).
    public private(set) var documentOpenCert: OpenCertVerdict?
    private var openCertMemo = OpenCertMemo()
    public private(set) var notice: Notice?
    /// The finding the notice quotes (F4); the notice goes when the finding does.
    private var noticeSource: Finding?
    /// What the server refused at the last submission; cleared by the next edit.
    public private(set) var serverFindings: [Finding] = []
    public private(set) var history = UndoHistory<Snapshot>()

    /// Counts changes; drafts and files remember the revision they hold.
    public private(set) var revision = 0
    public private(set) var savedFileRevision = 0
    public private(set) var savedDraftRevision = 0
    /// When the oldest change not yet in the draft was made, and the latest change.
    public private(set) var firstUnsavedEditAt: Double?
    public private(set) var lastEditAt: Double?

    public let ids: IDSource
    private var validation: LiveValidation
    private let encoder: CanonicalJSON
    private let forms: FormBuilder

    public init(document: ComposerDocument, ids: IDSource = .random, schemas: PayloadSchemas = .standard) {
        self.document = document
        self.ids = ids
        self.validation = LiveValidation(validator: Validator(schemas: schemas))
        self.encoder = CanonicalJSON(schemas: schemas)
        self.forms = FormBuilder(schemas: schemas)
        self.selection = document.kind == .batch ? .holder : .root
        recompute()
        focus = firstFieldToFill
    }

    // MARK: Derived

    /// True when the document changed since it was last saved to a file.
    public var hasUnsavedChanges: Bool { revision != savedFileRevision }
    /// True when the document's file holds all of it.
    public var isSavedToFile: Bool { !hasUnsavedChanges && !(document.filePath ?? "").isEmpty }
    public var errorCount: Int { findings.errors.count }
    public var warningCount: Int { findings.warnings.count }
    /// Submitting is possible only without errors (warnings are fine).
    public var canSubmit: Bool { !findings.hasErrors }

    /// Assets that have no file chosen yet.
    public var assetsWithoutFiles: Int {
        findings.filter { $0.rule == .assetFile && !$0.isError }.count
    }

    /// The rows of the form of the selected item.
    public var rows: [FormRow] { forms.rows(for: selection, in: document) }

    /// Where focus lands in a newly selected item: its first field after the id that can
    /// be changed (a required choice of one option, like a single request's credential_type, cannot).
    var defaultFocus: JSONPath? {
        let candidates = rows.filter { row in
            if case .choice(let options) = row.control, options.count == 1, row.isRequired { return false }
            return row.isFocusable && row.path.lastKey != "credential_id" && row.path.lastKey != "id"
        }
        return (candidates.first ?? rows.first(where: \.isFocusable))?.path
    }

    /// The outline, with each entry's findings counted.
    public var outline: [OutlineEntry] { Outline.entries(document: document, findings: findings) }

    /// The findings at exactly `path`.
    public func findings(at path: JSONPath) -> [Finding] {
        findings.filter { $0.path == path }
    }

    /// The line of the canonical body where the focused field is (0-based).
    public var focusedLine: Int? {
        guard let focus else { return nil }
        var path = focus
        while true {
            if let line = JSONWriter.line(of: path, in: canonical) { return line }
            guard let parent = path.parent else { return nil }
            path = parent
        }
    }

    /// True when a draft save is due: changes are waiting and either typing
    /// has paused or the oldest unsaved change is getting old. Either way no
    /// change waits more than a second.
    public func isDraftSaveDue(at now: Double) -> Bool {
        guard revision != savedDraftRevision, let first = firstUnsavedEditAt, let last = lastEditAt else { return false }
        return now - last >= DraftTiming.pause || now - first >= DraftTiming.maximumWait
    }

    // MARK: Update

    public mutating func apply(_ action: ComposerAction, at now: Double = 0) {
        switch action {
        case .select(let ref):
            guard document.items.contains(ref) else { return }
            selection = ref
            focus = defaultFocus
            history.seal()
        case .focus(let path):
            focus = path
            history.seal()
        case .focusNextProblem:
            moveToProblem(forward: true)
        case .focusPreviousProblem:
            moveToProblem(forward: false)
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
            edit(at: now) { state in
                guard var list = state.document.value[path: path]?.arrayValue, list.indices.contains(index) else { return }
                let removed = list.remove(at: index)
                state.document.value.set(.array(list), at: path)
                if let id = removed["asset_id"]?.stringValue { state.document.assetFiles[id] = nil }
                state.focus = list.isEmpty ? path : path.appending(min(index, list.count - 1))
            }
        case .moveListElement(let path, let from, let to):
            edit(at: now) { state in
                guard var list = state.document.value[path: path]?.arrayValue, list.indices.contains(from),
                    list.indices.contains(to)
                else { return }
                list.insert(list.remove(at: from), at: to)
                state.document.value.set(.array(list), at: path)
                state.focus = state.focus.map { Self.path($0, movingIndex: from, to: to, under: path) }
            }
        case .duplicateListElement(let path, let index):
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
                state.focus = path.appending(index + 1)
            }
        case .chooseAssetFile(let assetID, let path):
            edit(at: now) { state in
                state.document.assetFiles[assetID] = path.isEmpty ? nil : path
                state.inspections[assetID] = nil
            }
        case .fileInspected(let assetID, let inspection):
            inspections[assetID] = inspection
            if let detected = inspection.detectedType {
                adoptDetectedType(detected, for: assetID)
            }
            recompute()
        case .setOpenCert(let text, _):
            edit(at: now) { state in
                state.setValue(.string(text), at: JSONPath.root.appending("data").appending("document"))
            }
        case .undo:
            if let snapshot = history.undo(current: snapshot) { restore(snapshot, at: now) }
        case .redo:
            if let snapshot = history.redo(current: snapshot) { restore(snapshot, at: now) }
        case .replaceDocument(let newDocument):
            history.record(snapshot)
            history.seal()
            document = newDocument
            selection = newDocument.kind == .batch ? .holder : .root
            inspections = [:]
            revision += 1
            savedFileRevision = revision
            recompute()
            focus = firstFieldToFill
        case .markSaved(let path):
            document.filePath = path
            savedFileRevision = revision
        case .markUnsaved:
            savedFileRevision = -1
        case .draftSaved(let saved):
            savedDraftRevision = max(savedDraftRevision, saved)
            if savedDraftRevision == revision { firstUnsavedEditAt = nil }
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
    }

    // MARK: Editing helpers

    private var snapshot: Snapshot { Snapshot(document: document, selection: selection, focus: focus) }

    private mutating func restore(_ snapshot: Snapshot, at now: Double) {
        document = snapshot.document
        selection = document.items.contains(snapshot.selection) ? snapshot.selection : (document.items.first ?? .root)
        focus = snapshot.focus
        touched(at: now)
        recompute()
    }

    /// Applies `change` as one undoable step.
    private mutating func edit(mergeKey: String? = nil, at now: Double, _ change: (inout ComposerState) -> Void) {
        let before = snapshot
        var copy = self
        change(&copy)
        guard copy.document != document || copy.focus != focus else { return }
        self = copy
        if document != before.document {
            history.record(before, mergeKey: mergeKey)
            touched(at: now)
            recompute()
        }
        if mergeKey == nil { history.seal() }
    }

    private mutating func touched(at now: Double) {
        serverFindings = []
        revision += 1
        lastEditAt = now
        if firstUnsavedEditAt == nil { firstUnsavedEditAt = now }
    }

    /// Sets a text field. Empty text removes an object member (an absent
    /// optional is not sent); in a list it stays as an empty entry. The
    /// holder's name flows to every item that carried the old one.
    private mutating func setText(_ text: String, at path: JSONPath) {
        let isListEntry: Bool
        if case .index? = path.components.last { isListEntry = true } else { isListEntry = false }
        let old = document.holderName
        let isHolderName = document.kind == .batch && path == Templates.holderNamePath
        setValue(text.isEmpty && !isListEntry ? nil : .string(text), at: path)
        if isHolderName { propagateHolderName(from: old, to: text) }
    }

    private mutating func setValue(_ value: JSONValue?, at path: JSONPath) {
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

    private func itemID(containing path: JSONPath) -> String {
        guard let ref = ItemRef.containing(path, kind: document.kind) else { return document.requestID }
        return document.value[path: ref.path]?["credential_id"]?.stringValue ?? document.requestID
    }

    private mutating func addItem(_ section: BatchSection, at now: Double) {
        guard document.kind == .batch, section != .digitalIdentity else { return }
        if !section.isList, document.count(of: section) > 0 {
            selection = .item(section, nil)
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
        focus = firstFieldToFill
    }

    /// The first field of the selected item that has an error, else the default focus.
    var firstFieldToFill: JSONPath? {
        let errorPaths = Set(findings.filter(\.isError).map(\.path))
        return rows.first { $0.isFocusable && errorPaths.contains($0.path) }?.path ?? defaultFocus
    }

    private mutating func duplicateItem(_ ref: ItemRef, at now: Double) {
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
    }

    private mutating func deleteItem(_ ref: ItemRef, at now: Double) {
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
            state.focus = nil
            let name = removed?["credential_id"]?.stringValue ?? "the item"
            state.notice = Notice(.info, "Deleted (Ctrl-Z brings it back): \(name).")
        }
    }

    private mutating func moveItem(_ ref: ItemRef, by offset: Int, at now: Double) {
        guard case .item(let section, let index?) = ref else { return }
        let sectionPath = JSONPath.root.appending(section.key)
        guard var list = document.value[path: sectionPath]?.arrayValue, list.indices.contains(index),
            list.indices.contains(index + offset)
        else { return }
        edit(at: now) { state in
            list.insert(list.remove(at: index), at: index + offset)
            state.document.value.set(.array(list), at: sectionPath)
            state.selection = .item(section, index + offset)
            state.focus = nil
        }
    }

    private mutating func addListElement(_ path: JSONPath, at now: Double) {
        edit(at: now) { state in
            var list = state.document.value[path: path]?.arrayValue ?? []
            let ref = ItemRef.containing(path, kind: state.document.kind)
            let element = Templates.newListElement(listKey: path.lastKey ?? "", section: ref?.section,
                                                   itemID: state.itemID(containing: path),
                                                   taken: state.document.usedIDs)
            list.append(element)
            state.document.value.set(.array(list), at: path)
            let elementPath = path.appending(list.count - 1)
            state.focus = path.lastKey == "partner_chain" ? elementPath.appending("name") : elementPath
        }
    }

    private mutating func adoptDetectedType(_ detected: AssetType, for assetID: String) {
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

    private static func path(_ path: JSONPath, movingIndex from: Int, to: Int, under list: JSONPath) -> JSONPath {
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

    private mutating func moveToProblem(forward: Bool) {
        guard !findings.isEmpty else {
            notice = Notice(.info, "No problems: the document is ready to send.")
            return
        }
        let order = findings
        let currentIndex = focus.flatMap { f in order.firstIndex { $0.path == f } }
        let next: Finding
        if let currentIndex {
            next = order[(currentIndex + (forward ? 1 : order.count - 1)) % order.count]
        } else {
            next = forward ? order[0] : order[order.count - 1]
        }
        if let ref = ItemRef.containing(next.path, kind: document.kind), document.items.contains(ref) {
            selection = ref
        }
        focus = next.path
        notice = Notice(next.isError ? .error : .warning, next.message)
        noticeSource = next
        history.seal()
    }

    /// Re-derives findings and the body from the document.
    private mutating func recompute() {
        var all = validation.findings(for: document)
        let extra = AssetFileRules.findings(document: document, inspections: inspections) + serverFindings
        if !extra.isEmpty {
            all = (all + extra).sortedInDocumentOrder(of: document.value)
        }
        findings = all
        documentOpenCert = openCertMemo.verdict(for: document)
        canonical = encoder.normalized(document.value, as: document.kind)
        body = JSONWriter.bytes(canonical)
        bodyLineStarts = [0]
        for (i, b) in body.enumerated() where b == 0x0A && i + 1 < body.count { bodyLineStarts.append(i + 1) }
        if let source = noticeSource, !findings.contains(source) {
            notice = nil
            noticeSource = nil
        }
    }
}

/// How soon drafts are written after changes.
public enum DraftTiming {
    /// Save once typing has paused this long (seconds).
    public static let pause = 0.3
    /// Save at the latest this long after the oldest unsaved change.
    public static let maximumWait = 0.8
}
