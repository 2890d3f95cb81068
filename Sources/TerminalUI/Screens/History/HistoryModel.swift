import ComposerKit
import Foundation
import PassCore

/// The history screen: the submissions of the local history with their
/// live status, and what can be done with one.
struct HistoryModel: Sendable {
    var state = HistoryState()
    /// The wall-clock time the screen shows against (set on every tick and message).
    var now: Date
    /// Seconds since the last refresh ended (advanced by ticks).
    var sinceRefresh = 0.0
    /// The history file is being read.
    var loading = false
    /// The words to find, while they are being typed.
    var finding: TextInput?
    /// The QR code and link of the selected request, while shown.
    var code: ShownCode?
    /// The first row of the list on screen.
    var top = 0
    /// The history file, for the empty screen.
    var path: String?

    init(now: Date) {
        self.now = now
    }

    /// A redirect URI shown again, for the request `id`.
    struct ShownCode: Sendable {
        var id: String
        var uri: String
        var qr: QRCode?
    }
}

/// What arrives from the history screen's work.
public enum HistoryMessage: Sendable {
    case loaded(HistorySnapshot)
    case answered(generation: Int, StatusQuery, [SubmissionStatus], at: Date)
    case failed(generation: Int, StatusQuery, reason: String, at: Date)
    case finished(generation: Int, at: Date)
}

/// What the history screen's keys do.
enum HistoryCommand: Sendable {
    case back, up, down, pageUp, pageDown, first, last, find, refresh, code, copy, open, draft, resubmit, help, quit
}

extension ComposerProgram {
    /// The history screen's keys; help reads them.
    static let historyKeys = KeyTable<HistoryCommand>("Sent requests", [
        KeyBinding([.escape, .ctrl("r")], .back, "Back to the composer"),
        KeyBinding(.up, .up, "Previous request"),
        KeyBinding(.down, .down, "Next request"),
        KeyBinding(.pageUp, .pageUp, "A page up"),
        KeyBinding(.pageDown, .pageDown, "A page down"),
        KeyBinding(.home, .first, "The newest request"),
        KeyBinding(.end, .last, "The oldest request"),
        KeyBinding([.char("/"), .ctrl("f")], .find, "Find requests by id, profile or address as you type (Enter keeps, Esc clears)"),
        KeyBinding([.char("r"), .f(5)], .refresh, "Ask every endpoint for the statuses now (it also happens on its own)"),
        KeyBinding(.enter, .code, "Show the QR code and link of the request again (Enter hides it)"),
        KeyBinding([.char("c"), .f(8)], .copy, "Copy the request's link to the clipboard (OSC 52, works over SSH)"),
        KeyBinding([.char("o"), .f(9)], .open, "Open the request's link in the browser (xdg-open)"),
        KeyBinding([.char("d"), .f(3)], .draft, "Re-open the draft the request was sent from"),
        KeyBinding([.char("s"), .f(7)], .resubmit, "Send an expired or canceled request again, as a new request with a new id"),
        KeyBinding([.f(1), .char("?")], .help, "Show every key of this screen"),
        KeyBinding(.ctrl("q"), .quit, "Quit"),
    ])
}
