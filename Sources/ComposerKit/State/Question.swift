import PassCore

/// A question the composer asks before it goes on (replace a file? resume a draft?), with its
/// answers in order. The full screen shows it as a dialog, the line mode as a numbered list;
/// ``ComposerAction/answer(_:)`` carries the index of the answer chosen.
public struct Question: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// Writing `path` would replace a file that is there.
        case replaceFile(WritePurpose, path: String)
        /// A draft from an earlier session can be resumed.
        case resumeDraft(Draft)
        /// Something to read, then OK (the curl command, what went wrong at start).
        case message
        /// The document has unsaved changes and the user asked to leave it; the answers are
        /// `answers` in order.
        case leave(Departure, answers: [DepartureAnswer])
        /// The file just opened has a draft that differs from it: resume it, open the file as
        /// saved, or see the difference.
        case draftDiffers(Draft)
    }

    public var purpose: Purpose
    public var title: String
    public var message: String
    public var answers: [String]
    /// The answer Enter picks at first.
    public var defaultAnswer: Int
    /// The answer Esc picks.
    public var cancelAnswer: Int
    /// Text shown as it is, line for line (a command to copy), rather than wrapped.
    public var isVerbatim: Bool

    public init(_ purpose: Purpose, title: String, message: String, answers: [String], defaultAnswer: Int = 0,
                cancelAnswer: Int? = nil, isVerbatim: Bool = false) {
        self.purpose = purpose
        self.title = title
        self.message = message
        self.answers = answers
        self.defaultAnswer = defaultAnswer
        self.cancelAnswer = cancelAnswer ?? max(0, answers.count - 1)
        self.isVerbatim = isVerbatim
    }
}
