/// A signal the terminal backend turned into an event.
public enum TerminalSignal: Hashable, Sendable {
    /// SIGINT (Ctrl-C arrives as a key in raw mode; this is `kill -INT`).
    case interrupt
    /// SIGTERM.
    case terminate
    /// SIGHUP: the terminal went away.
    case hangup

    /// The POSIX signal number.
    public var number: Int32 {
        switch self {
        case .interrupt: return 2
        case .terminate: return 15
        case .hangup: return 1
        }
    }
}

/// What a terminal reports to the run loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case paste(String)
    case resize(Size)
    case signal(TerminalSignal)
}
