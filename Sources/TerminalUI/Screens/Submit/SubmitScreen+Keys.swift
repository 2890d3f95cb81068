/// What the submit screen's keys do.
enum SubmitScreenKey: Sendable {
    case send, back, select, retryFile, replaceFile, resubmit, copy, open, history, help, quit
}

extension SubmitScreen {
    /// The submit screen's keys; help and docs/keys.md read them.
    static let keys = KeyTable<SubmitScreenKey>("Submit screen", [
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
