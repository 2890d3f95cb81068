import PassCore

/// Something the user asked for that leaves the document being edited: quitting, opening
/// another file, starting a new document (a request sent again is one), taking up a kept
/// draft. With unsaved changes the composer asks first (save, keep as draft, discard, stay);
/// nothing typed goes without an answer.
public enum Departure: Sendable, Equatable {
    case quit
    case open(path: String)
    case new(ComposerDocument)
    case resume(Draft)

    /// What the question's title calls it.
    var title: String {
        switch self {
        case .quit: "Quit?"
        case .open: "Open another file?"
        case .new: "Start a new document?"
        case .resume: "Open the draft?"
        }
    }
}

/// The answers of the question asked before a departure, in the order shown.
public enum DepartureAnswer: Sendable, Equatable {
    /// Save to the document's file (or ask for one), then go on.
    case save
    /// Go on; the draft, already written, keeps the changes for next time.
    case keepDraft
    /// Go on and remove the draft: the changes are gone.
    case discard
    /// Stay with the document.
    case stay
}
