import PassCore

/// Wakes a run loop waiting for input; safe to call from any thread.
public protocol Waker: Sendable {
    func wake()
}

/// What screens draw through: the real tty (``CursesTerminal``) or an in-memory grid
/// (``HeadlessTerminal``). All calls come from the run loop's one thread.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours it shows; styles are fitted to this when presented.
    var colorDepth: ColorDepth { get }
    /// Whether it can draw Unicode block and box characters (else ASCII fallbacks are used).
    var supportsUnicode: Bool { get }
    /// A handle other threads use to make ``nextEvents(timeout:)`` return early.
    var waker: any Waker { get }

    /// Takes over the screen (raw mode, alternate screen, hidden cursor).
    func start() throws
    /// Gives the screen back exactly as it was; safe to call twice.
    func stop()
    /// Shows a frame; only cells that changed since the last frame are sent.
    func present(_ frame: ScreenBuffer)
    /// Waits up to `timeout` (forever when nil) for input, a resize or a signal.
    /// Returns an empty array on timeout or wake-up; nil when no input will ever come again.
    func nextEvents(timeout: Duration?) -> [TerminalEvent]?
    /// Puts `text` on the terminal's clipboard (OSC 52).
    func copyToClipboard(_ text: String)
}

/// The OSC 52 sequence that asks a terminal to put `text` on its clipboard.
public enum ClipboardSequence {
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Base64.encode(Array(text.utf8)) + "\u{07}"
    }
}
