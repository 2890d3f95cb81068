import PassCore

/// Everything the user (or an effect's result) can do to the composer.
public enum ComposerAction: Sendable, Equatable {
    // Navigation.
    case select(ItemRef)
    case focus(JSONPath?)
    case focusNextProblem
    case focusPreviousProblem

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
    case fileInspected(assetID: String, FileInspection)
    case setOpenCert(text: String, fromFile: String)

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
