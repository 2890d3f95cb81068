/// What a program receives: input, a new size, a timer tick, or a message it posted itself.
public enum Event<Message: Sendable>: Sendable {
    case key(Key)
    case paste(String)
    /// The terminal's size changed (also sent once before the first frame).
    case resize(Size)
    /// Sent every ``Program/tickInterval`` while that is set.
    case tick
    /// A message from ``MessagePoster/post(_:)``, in the order posted.
    case message(Message)

    /// The key or paste this event carries, for handing to a widget.
    public var input: InputEvent? {
        switch self {
        case .key(let key): return .key(key)
        case .paste(let text): return .paste(text)
        default: return nil
        }
    }
}

/// What a program asks the run loop to do after an update.
public enum Command<Message: Sendable>: Sendable {
    /// Stop now with this exit code.
    case quit(exitCode: Int32)
    /// Stop, but first ask ``Program/unsavedWorkQuestion`` if it has one.
    case requestQuit
    /// Run work off the loop's thread; it posts messages back through the poster.
    case perform(@Sendable (MessagePoster<Message>) async -> Void)
    /// Like ``perform(_:)``, under a name: a task already running under that name is cancelled first.
    case run(id: String, @Sendable (MessagePoster<Message>) async -> Void)
    /// Cancels the named task (it should check `Task.isCancelled` and stop posting).
    case cancel(id: String)
    /// Puts `text` on the clipboard of the terminal (OSC 52), which works over SSH too.
    case copyToClipboard(String)
}

/// A full-screen program: state, a pure `update` from events to new state and commands,
/// and a `render` that draws the state into a frame. It never touches the terminal, so it
/// runs the same over ``CursesTerminal`` and ``HeadlessTerminal``.
public protocol Program {
    associatedtype Message: Sendable = Never

    /// Applies one event to the state; returns what the loop should do next.
    mutating func update(_ event: Event<Message>) -> [Command<Message>]

    /// Draws the whole state into `frame` (which starts blank, in the theme's text style).
    func render(into frame: inout ScreenBuffer)

    /// The theme the loop uses for the frame's background and its own notices and dialogs.
    var theme: Theme { get }

    /// While non-nil, the loop sends ``Event/tick`` this often (for animation); nil when idle.
    var tickInterval: Duration? { get }

    /// When there is unsaved work: the question asked before Ctrl-C or ``Command/requestQuit`` quits.
    var unsavedWorkQuestion: String? { get }

    /// Ctrl-C, SIGINT or ``Command/requestQuit``: a program that asks its own question returns
    /// what to do (``Command/quit(exitCode:)`` once answered); nil lets the loop ask
    /// ``unsavedWorkQuestion``.
    mutating func quitRequested() -> [Command<Message>]?

    /// Below this size the loop shows an "enlarge the terminal" notice instead of the program.
    var minimumSize: Size { get }

    /// Called once when the program is about to quit (any question answered), before its
    /// tasks are cancelled: the last moment to write down what must not be lost.
    mutating func willQuit()
}

extension Program {
    public var tickInterval: Duration? { nil }
    public var unsavedWorkQuestion: String? { nil }
    public mutating func quitRequested() -> [Command<Message>]? { nil }
    public var minimumSize: Size { Size(width: 60, height: 16) }
    public var theme: Theme { .fallback }
    public mutating func willQuit() {}
}
