import ComposerKit
import PassCore

/// The submit screen: what will be sent, then the submission as it happens,
/// then the redirect URI for the holder.
struct SubmitModel: Sendable {
    var state: SubmissionState
    var endpoint: EndpointChoice
    /// The run whose messages this screen shows.
    var run: Int
    /// The file row Up/Down selects (for retry and replace).
    var selectedFile = 0
    var dialog: SubmitDialog?
    /// A prompt for a replacement file.
    var replacing: PathPrompt?
    /// The files as checked before sending, by asset id (a replacement updates one).
    var files: [String: AssetFile]
    var qr: QRCode?

    init(state: SubmissionState, endpoint: EndpointChoice, run: Int, files: [AssetFile]) {
        self.state = state
        self.endpoint = endpoint
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

/// The presenter's menu of sandbox faults.
struct FaultsMenu: Sendable {
    var faults: [DemoFault] = []
    var selected = 0
    var loading = true
}

/// The choice of where requests go.
struct EndpointMenu: Sendable {
    var choices: [EndpointChoice]
    var selected: Int
    var confirm: Dialog?
}

extension ComposerProgram {
    /// The submit screen's keys; help and docs/keys.md read them.
    static let submitKeys = KeyTable<SubmitCommand>("Submit screen", [
        KeyBinding(.enter, .send, "Send (when the summary is shown); resend after a failure"),
        KeyBinding([.escape, .f(10)], .back, "Back to the composer (asks while files upload)"),
        KeyBinding([.up, .down], .select, "Choose a file"),
        KeyBinding([.char("r"), .f(5)], .retryFile, "Retry the chosen file alone (while its link is valid)"),
        KeyBinding([.char("f"), .f(6)], .replaceFile, "Replace the chosen file, then send it alone"),
        KeyBinding([.char("s"), .f(7)], .resubmit, "Submit again (new upload links; the same request id, no duplicate)"),
        KeyBinding([.char("c"), .f(8)], .copy, "Copy the redirect URI to the clipboard (OSC 52, works over SSH)"),
        KeyBinding([.char("o"), .f(9)], .open, "Open the redirect URI in the browser (xdg-open)"),
        KeyBinding([.char("h"), .ctrl("r")], .history, "Sent requests and whether holders accepted them (once sending has ended)"),
        KeyBinding([.f(1), .char("?")], .help, "Show every key of this screen"),
        KeyBinding(.ctrl("q"), .quit, "Quit (asks while files upload)"),
    ])
}

/// What the submit screen's keys do.
enum SubmitCommand: Sendable {
    case send, back, select, retryFile, replaceFile, resubmit, copy, open, history, help, quit
}
