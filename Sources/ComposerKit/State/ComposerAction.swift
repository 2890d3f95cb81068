import PassCore

/// Everything the user (or an effect's result) can do to the composer.
public enum ComposerAction: Sendable, Equatable {
    // Navigation.
    case select(ItemRef)
    /// Focuses a place: the outline, its "add a credential" line, or a row.
    case focus(Focus)
    /// Focuses the row that edits `path` (or, when it has none, the row that causes it).
    case focusPath(JSONPath)
    /// Tab and Down (+1), Shift-Tab and Up (-1): the next row focus can land on.
    case moveFocus(Int)
    case focusNextProblem
    case focusPreviousProblem

    // Input to the focused row: what is typed lands there, or the notice says what to press.
    case input(FieldInput)
    /// Tab in a file-path field: complete the path.
    case completePath
    case pathCompleted(PathCompletion, typed: String)

    // Editing values.
    case setText(JSONPath, String)
    case setBool(JSONPath, Bool?)
    case setChoice(JSONPath, String?)
    /// Replaces a value edited as JSON text (nil removes it).
    case setJSON(JSONPath, JSONValue?)
    /// Removes a member the schema does not know.
    case removeMember(JSONPath)

    // Items of a batch.
    case addItem(BatchSection)
    case duplicateItem(ItemRef)
    case deleteItem(ItemRef)
    case moveItem(ItemRef, by: Int)

    // Lists inside an item (partner_chain, majors, employment, assets…).
    case addListElement(JSONPath)
    case removeListElement(JSONPath, Int)
    case moveListElement(JSONPath, from: Int, to: Int)
    case duplicateListElement(JSONPath, Int)

    // Files.
    case chooseAssetFile(assetID: String, path: String)
    /// What a look at the file `path` chosen for `assetID` found (stale looks are ignored).
    case fileInspected(assetID: String, path: String, FileInspection)
    case setOpenCert(text: String, fromFile: String)
    /// The files chosen for the document at `file` last time (asset id → path, and whether the
    /// file changed since).
    case filesRecalled(file: String, [String: RecalledFile])
    /// Open a payload file, save to one, export the body, write curl's body.
    case open(path: String)
    case write(WritePurpose, path: String)
    case fileRead(ReadPurpose, path: String, Result<[UInt8], FileReadError>)
    /// A write ended (`absolute` is where it went): nil problem when it worked; `.exists`
    /// when it would replace another file.
    case fileWritten(WritePurpose, path: String, absolute: String, problem: WriteProblem?)
    /// The answer to the question being asked (its index; the cancel answer for Esc).
    case answer(Int)
    /// Quit, open another file, start a new document: asks first when changes are unsaved.
    case leave(Departure)
    /// The user stays with the document after all (the save-as prompt of a departure closed).
    case stay
    /// Resume a draft kept from an earlier session (chosen from the list at start).
    case resume(Draft)
    /// Remove a kept draft for good (the user discarded it from the list at start).
    case discardDraftFile(path: String, Draft)
    /// The file `file` just opened has this draft (looked at when `now`, seconds since 1970).
    case draftFound(file: String, Draft, now: Double)
    /// Time passed: drafts and file looks that were waiting may be due.
    case clock

    // History.
    case undo
    case redo

    // Whole documents.
    case replaceDocument(ComposerDocument)
    case markSaved(path: String)
    /// The document holds changes its file does not (a resumed draft).
    case markUnsaved
    /// The draft now holds the document as of `revision`.
    case draftSaved(revision: Int)
    /// The draft could not be written.
    case draftFailed(String)
    /// What the server refused, shown on the fields it names until the next edit.
    case setServerFindings([Finding])
    case dismissNotice
    case notify(Notice)
}

/// What a look at a chosen file found.
public struct FileInspection: Sendable, Equatable {
    public var size: Int?
    public var detectedType: AssetType?
    /// Why the file cannot be uploaded (missing, unreadable, not a regular file…).
    public var problem: String?
    /// For a file that starts as JSON: its offline check as an OpenCert.
    public var openCert: OpenCertVerdict?

    public init(size: Int? = nil, detectedType: AssetType? = nil, problem: String? = nil, openCert: OpenCertVerdict? = nil) {
        self.size = size
        self.detectedType = detectedType
        self.problem = problem
        self.openCert = openCert
    }
}

/// What a key does to the focused row.
public enum FieldInput: Sendable, Equatable {
    /// Characters typed or pasted.
    case text(String)
    /// A move or a deletion; on a choice or a toggle, Left and Right step and a deletion clears.
    case edit(TextEdit)
    /// Enter: confirm the field and go on; on a record, into it; on "Add …", add; on a
    /// generated id, start editing it.
    case confirm
}

/// A file remembered for an asset, as it is now.
public struct RecalledFile: Sendable, Equatable {
    public var path: String
    /// Its size or time changed since it was chosen.
    public var changed: Bool

    public init(path: String, changed: Bool) {
        self.path = path
        self.changed = changed
    }
}

/// Why a write did not happen.
public enum WriteProblem: Sendable, Equatable, Error {
    /// Another file is there; writing would replace it.
    case exists
    /// The write failed; in words for the person who named the file.
    case failed(String)
}

/// A message for the status line.
public struct Notice: Sendable, Equatable {
    public enum Level: Sendable, Equatable { case info, warning, error }
    public var level: Level
    public var text: String

    public init(_ level: Level, _ text: String) {
        self.level = level
        self.text = text
    }
}
