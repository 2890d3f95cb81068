import ComposerKit
import PassCore

/// The submit screen: what will be sent, then the submission as it happens, then the
/// redirect URI for the holder. Its keys and messages change only its own state; what it
/// wants done comes back from ``handle(_:now:)`` and ``receive(_:now:)`` as ``SubmitEffect``s.
struct SubmitScreen: Sendable {
    var state: SubmissionState
    var endpoint: EndpointChoice
    /// What is sent: the document as it was when the screen opened, and its canonical body.
    var document: ComposerDocument
    var body: [UInt8]
    /// The run whose messages this screen shows; a new start takes the next one.
    var run: Int
    /// The file row Up/Down selects (for retry and replace).
    var selectedFile = 0
    var dialog: SubmitDialog?
    /// A prompt for a replacement file.
    var replacing: PathPrompt?
    /// The files as checked before sending, by asset id (a replacement updates one).
    var files: [String: AssetFile]
    var qr: QRCode?

    init(state: SubmissionState, endpoint: EndpointChoice, document: ComposerDocument, body: [UInt8], run: Int,
         files: [AssetFile]) {
        self.state = state
        self.endpoint = endpoint
        self.document = document
        self.body = body
        self.run = run
        self.files = Dictionary(files.map { ($0.assetID, $0) }, uniquingKeysWith: { a, _ in a })
    }

    var selected: SubmissionState.FileProgress? {
        state.files.indices.contains(selectedFile) ? state.files[selectedFile] : nil
    }
}

/// A question the submit screen asks.
enum SubmitDialog: Sendable {
    /// Sending to production reaches real holders.
    case confirmProduction(Dialog)
    /// Going back while files upload stops them.
    case confirmLeave(Dialog)
}

extension SubmitScreen {
    /// The history's entry of a submission cut short now: the files that arrived, and the
    /// link of the request when the server took it (nil before it did).
    func interruptedEntry(submittedAt: String) -> HistoryEntry? {
        guard let response = state.response else { return nil }
        let outcomes = state.files.map { file in
            var sha: String?
            if case .arrived(let arrived) = file.state { sha = arrived }
            return HistoryEntry.FileOutcome(assetID: file.assetID, fileName: file.fileName, size: file.total, sha256: sha,
                                            arrived: file.state.isArrived)
        }
        return HistoryEntry(id: state.summary.requestID, kind: document.kind, submittedAt: submittedAt, endpoint: endpoint.baseURL,
                            profile: endpoint.id, counts: HistoryEntry.counts(of: document.value, as: document.kind),
                            redirectURI: response.redirectURI, files: outcomes)
    }
}
