/// How a run loop ended.
public enum RunOutcome: Hashable, Sendable {
    /// The program quit with this exit code.
    case quit(exitCode: Int32)
    /// A SIGTERM or SIGHUP ended it.
    case signal(TerminalSignal)
    /// The input ran out (a headless script ended).
    case inputEnded

    /// The process exit status: the exit code, or 128 + the signal number.
    public var exitStatus: Int32 {
        switch self {
        case .quit(let code): return code
        case .signal(let signal): return 128 + signal.number
        case .inputEnded: return 0
        }
    }
}
