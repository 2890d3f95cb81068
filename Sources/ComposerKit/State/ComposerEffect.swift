import PassCore

/// What the composer asks the world to do. ``ComposerState/apply(_:at:)`` only returns these;
/// ``ComposerRunner`` performs them through the injected environment and turns each result
/// into an action that is applied in turn. So the state changes in one place, one way.
public enum ComposerEffect: Sendable, Equatable {
    /// Look at the file chosen for an asset (its type and size) → ``ComposerAction/fileInspected(assetID:path:_:)``.
    case inspectFile(assetID: String, path: String)
    /// Read a whole file → ``ComposerAction/fileRead(_:path:_:)``.
    case readFile(ReadPurpose, path: String)
    /// Write a whole file, atomically → ``ComposerAction/fileWritten(_:path:problem:)``.
    /// Unless `replacing`, a file already there (other than the document's own) is left alone
    /// and the answer says so.
    case writeFile(WritePurpose, bytes: [UInt8], path: String, replacing: Bool)
    /// Complete a typed path from its folder → ``ComposerAction/pathCompleted(_:typed:)``.
    case completePath(typed: String)
    /// Write the draft of the document as of `revision` → ``ComposerAction/draftSaved(revision:)``
    /// or ``ComposerAction/draftFailed(_:)``.
    case writeDraft(ComposerDocument, savedToFile: Bool, revision: Int)
    /// Remove the draft of a document whose file now holds it all.
    case discardDraft(ComposerDocument)
    /// Remember the files chosen for the assets of the document saved as `file`.
    case rememberFiles(file: String, [String: String])
    /// Find the files chosen for the assets of the document at `file` last time →
    /// ``ComposerAction/filesRecalled(file:_:)``.
    case recallFiles(file: String)
    /// Look for a draft of the document at `file` → ``ComposerAction/draftFound(file:_:now:)``
    /// when one is kept and holds what the file does not.
    case findDraft(file: String)
    /// Ask the user where to save (a departure's "Save" for a document with no file yet); the
    /// answer comes as ``ComposerAction/write(_:path:)``, or ``ComposerAction/stay``.
    case askForPath(WritePurpose)
    /// Remove the draft file at `path` (the user discarded it).
    case removeDraftFile(path: String)
    /// Put `file` first among the files offered at the next start.
    case rememberOpened(file: String)
    /// The user chose to quit and nothing is left to keep: the front end ends.
    case end
}

/// Why a file is read.
public enum ReadPurpose: Sendable, Equatable {
    /// A payload to open as the document.
    case payload
    /// The OpenCert document of a single request.
    case openCert
}

/// Why a file is written.
public enum WritePurpose: Sendable, Equatable {
    /// The document to its file (which it then belongs to).
    case save
    /// The body to another file (the document keeps its own).
    case export
    /// The body for `curl --data-binary @file`.
    case curlBody
}
