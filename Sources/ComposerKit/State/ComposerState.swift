import PassCore

/// The composer's whole state: the document, where the user is (one focus), the text being
/// edited there, what is wrong, what will be sent, the question being asked. Changed only by
/// ``apply(_:at:)``, which returns the effects it wants performed; everything else is derived
/// from it after each action, in one place (``recompute()``), never refreshed by hand.
public struct ComposerState: Sendable {
    public struct Snapshot: Sendable, Equatable {
        var document: ComposerDocument
        var selection: ItemRef
        var focus: Focus
    }

    // MARK: What the user made and where they are

    public internal(set) var document: ComposerDocument
    public internal(set) var selection: ItemRef
    public internal(set) var focus: Focus = .outline
    /// The cursor in the focused text field, in graphemes.
    public internal(set) var cursor = 0
    /// The path typed into a single request's "OpenCert file" row (read on Enter).
    public internal(set) var openCertPath = ""
    /// The generated id the user chose to edit (Enter on it); typing elsewhere leaves ids alone.
    public internal(set) var unlockedID: RowID?
    /// The finding F4 went to last; the next F4 goes on from it.
    public internal(set) var problemCursor: Finding?
    /// The candidates of the last path completion, shown under the field.
    public internal(set) var completions: [String] = []

    // MARK: Derived after every action

    /// The rows of the selected item's form.
    public internal(set) var rows: [FormRow] = []
    /// Findings of the validator and of the file checks, in document order.
    public internal(set) var findings: [Finding] = []
    /// The canonical value that will be sent, and its bytes.
    public internal(set) var canonical: JSONValue = .null
    public internal(set) var body: [UInt8] = []
    /// Where each line of `body` starts (the preview shows lines of it).
    public internal(set) var bodyLineStarts: [Int] = [0]
    /// The bytes of the longest line of `body` (how wide the preview would be to show it whole).
    public internal(set) var bodyWidestLine = 0

    // MARK: Files, messages, questions

    /// What the last look at each asset's file found.
    public internal(set) var inspections: [String: FileInspection] = [:]
    /// A single request's OpenCert document, checked offline (nil when it has none).
    public internal(set) var documentOpenCert: OpenCertVerdict?
    var openCertMemo = OpenCertMemo()
    /// Looks at chosen files that wait for typing to pause (asset id → path and when it is due).
    var pendingInspections: [String: (path: String, due: Double)] = [:]
    public internal(set) var notice: Notice?
    /// The finding the notice quotes (F4); the notice goes when the finding does.
    var noticeSource: Finding?
    /// What the composer asks before it goes on.
    public internal(set) var question: Question?
    /// What the server refused at the last submission; cleared by the next edit.
    public internal(set) var serverFindings: [Finding] = []
    public internal(set) var history = UndoHistory<Snapshot>()

    // MARK: Saving

    /// Counts changes; drafts remember the revision they hold.
    public internal(set) var revision = 0
    public internal(set) var savedDraftRevision = 0
    /// The payload as its file holds it (a new document: as it started); nil when the file's
    /// content is not known to match (a draft resumed).
    var fileBaseline: JSONValue?
    /// True when the payload differs from what its file holds (files chosen for assets are
    /// not in the payload, so choosing one changes nothing here).
    public internal(set) var hasUnsavedChanges = false
    /// When the oldest change not yet in the draft was made, and the latest change.
    public internal(set) var firstUnsavedEditAt: Double?
    public internal(set) var lastEditAt: Double?
    /// A draft write is under way (one at a time).
    public internal(set) var draftInFlight = false
    /// Why the last draft could not be written, until one is.
    public internal(set) var draftProblem: String?
    /// The revision the last draft written in this session holds (nil: none written yet).
    public internal(set) var draftWrittenRevision: Int?
    /// Why the last save to a file failed, until one works.
    public internal(set) var saveProblem: String?
    /// Where the user is going once the document is saved (a departure's "Save").
    public internal(set) var departure: Departure?
    /// Whether drafts are kept at all (the program's wiring says).
    public internal(set) var keepsDrafts: Bool

    public let ids: IDSource
    /// The base URL "copy as curl" names (nil: `$SEEK_PASS_URL`).
    public var curlBaseURL: String?
    /// Where drafts are kept, for the messages that say so.
    public var draftsFolder: String?
    var validation: LiveValidation
    let encoder: CanonicalJSON
    let forms: FormBuilder

    public init(document: ComposerDocument, ids: IDSource = .random, schemas: PayloadSchemas = .standard,
                keepsDrafts: Bool = false) {
        self.document = document
        self.ids = ids
        self.keepsDrafts = keepsDrafts
        self.validation = LiveValidation(validator: Validator(schemas: schemas))
        self.encoder = CanonicalJSON(schemas: schemas)
        self.forms = FormBuilder(schemas: schemas)
        self.selection = document.kind == .batch ? .holder : .root
        self.fileBaseline = document.value
        recompute()
        focus = firstPlaceToFill
        placeCursorAtEnd()
    }

    // MARK: Derived

    /// True when the document's file holds all of it.
    public var isSavedToFile: Bool { !hasUnsavedChanges && !(document.filePath ?? "").isEmpty }
    public var errorCount: Int { findings.errors.count }
    public var warningCount: Int { findings.warnings.count }
    /// True when a draft written in this session holds every change: "keep as draft" keeps them.
    public var draftHoldsChanges: Bool {
        keepsDrafts && draftProblem == nil && draftWrittenRevision == revision
    }

    /// What must stay in sight until it is put right: a failed save, drafts that cannot be written.
    public var lastingWarning: String? {
        if let saveProblem { return "Not saved — \(saveProblem)" }
        if let draftProblem { return "Drafts cannot be saved — F2 saves to a file; \(draftProblem)" }
        return nil
    }

    /// Submitting is possible only without errors (warnings are fine).
    public var canSubmit: Bool { !findings.hasErrors }

    /// Assets that have no file chosen yet.
    public var assetsWithoutFiles: Int {
        findings.filter { $0.rule == .assetFile && !$0.isError }.count
    }

    /// The outline, with each entry's findings counted.
    public var outline: [OutlineEntry] { Outline.entries(document: document, findings: findings) }

    /// The findings at exactly `path`.
    public func findings(at path: JSONPath) -> [Finding] {
        findings.filter { $0.path == path }
    }

    /// The focused row, when the focus is in the form.
    public var focusedRow: FormRow? {
        guard let id = focus.rowID else { return nil }
        return rows.first { $0.id == id }
    }

    /// The path the focused row edits, when the focus is in the form.
    public var focusedPath: JSONPath? { focus.rowID?.path }

    /// The index of the focused row in ``rows``.
    public var focusedIndex: Int? {
        guard let id = focus.rowID else { return nil }
        return rows.firstIndex { $0.id == id }
    }

    /// The line of the canonical body where the focused field is (0-based).
    public var focusedLine: Int? {
        guard var path = focus.rowID?.path ?? (selection == .root ? nil : selection.path) else { return nil }
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

    /// Whether time must pass for something waiting (a draft, a look at a file): the front
    /// end sends ``ComposerAction/clock`` while it does.
    public var isWaitingForTime: Bool {
        !pendingInspections.isEmpty || (keepsDrafts && revision != savedDraftRevision && !draftInFlight)
    }

    var snapshot: Snapshot { Snapshot(document: document, selection: selection, focus: focus) }

    /// Re-derives rows, findings and the body from the document, and keeps the focus on a
    /// row that exists.
    mutating func recompute() {
        rows = forms.rows(for: selection, in: document)
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
        bodyWidestLine = 0
        for (i, b) in body.enumerated() where b == 0x0A {
            bodyWidestLine = max(bodyWidestLine, i - (bodyLineStarts.last ?? 0))
            if i + 1 < body.count { bodyLineStarts.append(i + 1) }
        }
        if body.last != 0x0A { bodyWidestLine = max(bodyWidestLine, body.count - (bodyLineStarts.last ?? 0)) }
        hasUnsavedChanges = fileBaseline != document.value
        if let source = noticeSource, !findings.contains(source) {
            notice = nil
            noticeSource = nil
        }
        keepFocusOnARow()
    }
}

/// How soon drafts are written after changes.
public enum DraftTiming {
    /// Save once typing has paused this long (seconds).
    public static let pause = 0.3
    /// Save at the latest this long after the oldest unsaved change.
    public static let maximumWait = 0.8
    /// Look at a chosen file once typing its path has paused this long.
    public static let inspectionPause = 0.25
}
