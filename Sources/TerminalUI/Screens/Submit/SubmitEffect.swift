import ComposerKit
import PassCore

/// What the submit screen asks for: work done off the loop or at the edge (performed by
/// ``ScreenRunner``, whose results come back as ``SubmitMessage``s), and what only the
/// composer around it can do (close it, say a notice, keep a draft).
enum SubmitEffect: Sendable {
    /// Sends the request of run `run` and uploads its files (only those in `only`, when set).
    case start(SubmissionOrder)
    /// Uploads one file again within run `run`.
    case retry(UploadJob, run: Int, endpoint: EndpointChoice)
    /// Stops the submission and the retries of these asset ids.
    case stop(assetIDs: [String])
    /// Completes a typed path for the replacement prompt (answered with ``SubmitMessage/completed(_:)``).
    case complete(String)
    /// Checks a replacement file (answered with ``SubmitMessage/checked(assetID:path:_:)``).
    case check(AssetDeclaration, path: String)
    /// The document's asset now uses the replacement at `path`.
    case chooseFile(assetID: String, path: String)
    /// Records a finished retry in the history.
    case record(HistoryEntry)
    case copy(String)
    /// Opens `url` in the browser; says `opened` when it could.
    case open(String, opened: String)
    case notify(Notice)
    case dismissNotice
    /// The server has taken the document: its draft is kept for the history.
    case keepDraft
    /// A run ended with the server's findings about fields of the document.
    case serverFindings([Finding])
    /// Back to the composer.
    case close
    case openHistory
    case help
    case quit
}

/// One submission to perform: what is sent, where, and which run's messages carry its events.
struct SubmissionOrder: Sendable {
    var run: Int
    var endpoint: EndpointChoice
    var kind: PayloadKind
    var value: JSONValue
    var body: [UInt8]
    var files: [AssetFile]
    /// Only these files are uploaded (the rest arrived before); nil uploads every one.
    var only: Set<String>?
}

/// What comes back to the submit screen from its effects.
public enum SubmitMessage: Sendable {
    /// An event of submission run `run`.
    case flow(run: Int, SubmissionFlow.Event)
    /// An event of a single-file retry within submission run `run`.
    case upload(run: Int, UploadEvent)
    /// A single-file retry ended; its outcome for the history.
    case retried(run: Int, UploadResult)
    /// Submission run `run` could not start (no client).
    case failed(run: Int, String)
    /// The replacement prompt's path, completed.
    case completed(PathCompletion)
    /// A replacement file as checked: the file, or why it cannot be sent.
    case checked(assetID: String, path: String, Result<AssetFile, ReplacementRefused>)
}

/// Why a replacement file is not taken.
public struct ReplacementRefused: Error, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
