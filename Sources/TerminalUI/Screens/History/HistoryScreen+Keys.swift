/// What the history screen's keys do.
enum HistoryScreenKey: Sendable {
    case back, up, down, pageUp, pageDown, first, last, find, refresh, code, copy, open, draft, resubmit, help, quit
}

extension HistoryScreen {
    /// The history screen's keys; help reads them.
    static let keys = KeyTable<HistoryScreenKey>("Sent requests", [
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
